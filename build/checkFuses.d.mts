/** The fuse wire's name for a key of electronFuses (runAsNode is RunAsNode). */
export function wireName(key: string): string;
/** Each fuse whose state on the wire is not the configured one. */
export function fuseMismatches(expected: Record<string, boolean>, states: Record<string, string>): string[];
/** The app electron-builder left unpacked in out: its folder and its executable. */
export function findBuild(out: string): { dir: string; executable: string };
