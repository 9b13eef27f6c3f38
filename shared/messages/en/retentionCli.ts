/** The command line's words for `retention` and `hold`. */
export const retentionCli = {} as const;
