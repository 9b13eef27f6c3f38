/** The retention screen's words, and the legal-hold banner's. */
export const retentionScreen = {} as const;
