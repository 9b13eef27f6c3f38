/** The words of reading PayPal's and Cash App's statements. */
export const paymentStatements = {} as const;
