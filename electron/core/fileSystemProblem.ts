/** The code of a file system's refusal (ENOSPC on a full stick, EROFS, EACCES, ENOTDIR), or undefined when the error is anything else. */
export function fileSystemProblem(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code) ? error.code : undefined;
}
