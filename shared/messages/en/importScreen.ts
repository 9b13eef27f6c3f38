/** The words of the import screen. */
export const importScreen = {} as const;
