/** The words of reading PayPal's and Cash App's statements. */
export const paymentStatements = {
  'paymentStatements.unknownCurrency': 'The currency “{currency}” is not one this importer knows, so the row is not read.',
  'paymentStatements.netDisagrees': 'The amount {gross} and the fee {fee} do not make the net amount {net} the statement gives, so the row is not read.',
} as const;
