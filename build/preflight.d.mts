export interface RequiredTool {
  name: string;
  usedBy: string;
  packages: { debian: string; brew: string };
}
/** What the tests run, and the package each comes in. */
export const requiredTools: RequiredTool[];
/** Where a program is on the given PATH, or undefined. */
export function onPath(name: string, env?: NodeJS.ProcessEnv): string | undefined;
/** The tools of requiredTools this environment lacks. */
export function missingTools(env?: NodeJS.ProcessEnv): RequiredTool[];
/** The one line that says what to install, or undefined when nothing is missing. */
export function preflightLine(missing: RequiredTool[], platform?: NodeJS.Platform): string | undefined;
