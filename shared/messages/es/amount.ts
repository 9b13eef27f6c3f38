import type { Translation } from '../translation.ts';
import type { amount as english } from '../en/amount.ts';

export const amount = {
  'amount.empty': 'Escriba un monto.',
  'amount.notAnAmount': '«{typed}» no es un monto. Escríbalo así: {example}.',
  'amount.hasSpace': '«{typed}» tiene un espacio en medio. Escriba el monto sin espacios, así: {example}.',
  'amount.otherCurrency': '«{typed}» está en otra moneda ({marker}); esta cuenta guarda {currency}. Escriba el monto en {currency}.',
  'amount.noCents': '{currency} no tiene centavos: escriba un número entero.',
  'amount.tooManyDecimals': '{currency} tiene solo {digits, plural, one {# decimal} other {# decimales}}.',
  'amount.tooLarge': 'Un monto puede ser como mucho {largest}.',
  'amount.noSign': 'Escriba el monto sin signo menos; el tipo de movimiento ya dice en qué sentido va el dinero.',
  'amount.notZero': 'El monto debe ser mayor que cero.',
} satisfies Translation<typeof english>;
