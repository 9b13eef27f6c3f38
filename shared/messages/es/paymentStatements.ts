import type { Translation } from '../translation.ts';
import type { paymentStatements as english } from '../en/paymentStatements.ts';

export const paymentStatements = {
  'paymentStatements.unknownCurrency': 'La moneda «{currency}» no es una que este importador conozca, así que la fila no se lee.',
  'paymentStatements.netDisagrees': 'El monto {gross} y la comisión {fee} no dan el monto neto {net} que indica el extracto, así que la fila no se lee.',
} satisfies Translation<typeof english>;
