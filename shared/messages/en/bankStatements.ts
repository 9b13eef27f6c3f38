/** The words of reading bank statements: OFX and QFX, and a bank's CSV through a saved column mapping. */
export const bankStatements = {} as const;
