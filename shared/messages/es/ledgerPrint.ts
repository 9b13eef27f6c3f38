import type { Translation } from '../translation.ts';
import type { ledgerPrint as english } from '../en/ledgerPrint.ts';

export const ledgerPrint = {
  'ledgerPrint.print': 'Imprimir esta vista…',
  'ledgerPrint.preparing': 'Preparando todos los movimientos de la vista para imprimirlos…',
  'ledgerPrint.tooMany': 'Esta vista tiene {count, number} movimientos; se pueden imprimir hasta {limit, number} a la vez. Acótela (fechas, una cuenta, un fondo) e imprima cada parte.',
  'ledgerPrint.statement': 'Extracto de la cuenta {account}',
  'ledgerPrint.fundHistory': 'Historial del fondo {fund}',
  'ledgerPrint.fundInAccount': 'El fondo {fund} en la cuenta {account}',
  'ledgerPrint.wholeLedger': 'El libro de cuentas: todas las cuentas y fondos',
  'ledgerPrint.period': 'Del {from} al {to}',
  'ledgerPrint.periodFrom': 'Desde el {from}',
  'ledgerPrint.periodTo': 'Hasta el {to}',
  'ledgerPrint.periodAll': 'Todas las fechas',
  'ledgerPrint.narrowedBy': 'Solo: {filters}',
  'ledgerPrint.filter.kind': 'tipo {kind}',
  'ledgerPrint.filter.category': 'categoría {category}',
  'ledgerPrint.filter.recipient': 'destinatario {code}',
  'ledgerPrint.filter.memo': 'notas que contienen «{text}»',
  'ledgerPrint.printedOn': 'Impreso el {date}. {count, plural, one {# movimiento} other {# movimientos}}.',
  'ledgerPrint.opening': 'Saldo inicial',
  'ledgerPrint.closing': 'Saldo final',
  'ledgerPrint.tableLabel': 'Todos los movimientos de la vista, para imprimir',
} satisfies Translation<typeof english>;
