import type { Translation } from '../translation.ts';
import type { bankStatements as english } from '../en/bankStatements.ts';

export const bankStatements = {
  'bankStatements.ofxUnreadable': 'El archivo se lee como OFX, pero sus etiquetas no se pueden leer en la línea {line}.',
  'bankStatements.ofxNoStatement': 'El archivo OFX no contiene ningún extracto de banco ni de tarjeta de crédito (aquí no se lee el extracto de una cuenta de inversión).',
  'bankStatements.ofxSeveralStatements':
    'El archivo OFX contiene los extractos de {count, plural, one {# cuenta} other {# cuentas}}: descargue el extracto de cada cuenta por separado e impórtelo en esa cuenta.',
  'bankStatements.ofxNoCurrency': 'El extracto OFX no indica su moneda (CURDEF) con un código de tres letras.',
  'bankStatements.ofxNoAmount': 'La transacción no indica ningún monto (TRNAMT).',
  'bankStatements.ofxNoDate': 'La transacción no indica ninguna fecha (DTPOSTED).',
  'bankStatements.ofxEmptyTransaction': 'Una transacción (STMTTRN) está vacía.',
  'bankStatements.noSuchDay': 'La fecha «{written}» no es un día del calendario.',
  'bankStatements.noAmount': 'La fila no tiene monto: sus celdas de dinero que entra y de dinero que sale están vacías.',
  'bankStatements.inAndOut': 'La fila tiene dinero que entra y dinero que sale; una de las dos celdas debe estar vacía o en cero.',
  'bankStatements.amountColumns': 'Elija una columna de monto, o una columna de dinero que entra y otra de dinero que sale.',
  'bankStatements.bothAmountKinds': 'Elija una columna de monto o las columnas de dinero que entra y que sale, no ambas.',
  'bankStatements.columnName': 'Escriba el nombre de la columna tal como lo escribe el encabezado del archivo.',
  'bankStatements.sameColumn': '«{column}» está elegida dos veces: la fecha, el monto, el dinero que entra y el que sale necesitan cada uno su propia columna.',
} satisfies Translation<typeof english>;
