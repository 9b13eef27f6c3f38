export const configFile: string;
export const nativeBinding: string;
/** electron-builder's configuration as it reads it, checked against its own schema (throws when invalid). */
export function builderConfig(file?: string): Promise<Record<string, unknown> & { electronFuses?: Record<string, boolean> }>;
/** The files the configuration's `files` patterns put in app.asar, project-relative. */
export function asarFiles(): string[];
/** Builds an app.asar of those files in dir and lists it. */
export function buildAsar(files: string[], dir: string): Promise<{ archive: string; bytes: number; listed: string[] }>;
/** Where node-gyp keeps Electron's headers for this version, if they are on this machine. */
export function electronHeaders(version: string): string | undefined;
/** The test build's configuration: the released one with the inspect fuse on, unpacked in out/test-build. */
export function testBuildConfig(releaseFuses: Record<string, boolean>, platform?: NodeJS.Platform): Record<string, unknown> & { electronFuses: Record<string, boolean> };
