export interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}
export interface Justification {
  issue: string;
  file: string;
  sample?: string;
  reason: string;
}
export const justifiedFile: string;
export const severities: string[];
/** The scanner's package folder, or undefined when it is not installed. */
export function scannerDir(env?: NodeJS.ProcessEnv): string | undefined;
/** The findings electronegativityRun.mjs wrote, with files relative to the project when under it. */
export function readFindings(json: string): { findings: Finding[]; unread: { file: string; message: string }[] };
/** Checks the justifications themselves. */
export function justificationProblems(justified: unknown): string[];
/** Sorts findings into informational, justified, unjustified, and the justifications that covered nothing. */
export function judge(
  findings: Finding[],
  justified: Justification[],
): { informational: Finding[]; justified: { finding: Finding; reason: string }[]; unjustified: Finding[]; unused: Justification[] };
/** Runs the scanner over dir. */
export function runScanner(scannerDir: string, dir: string, version: string): { findings: Finding[]; unread: { file: string; message: string }[]; offline: boolean };
