import type { Translation } from '../translation.ts';
import type { monthReport as english } from '../en/monthReport.ts';

export const monthReport = {
  'monthReport.open': 'Informe del mes…',
  'monthReport.title': 'Informe de {month}',
  'monthReport.month': 'Mes',
  'monthReport.monthHint': 'Este mes hasta hoy, o cualquier mes anterior.',
  'monthReport.print': 'Imprimir el informe…',
  'monthReport.back': 'Volver al panel',
  'monthReport.addingUp': 'Sumando {month}…',
  'monthReport.nothing': 'En {month} no se registró nada, y ningún fondo ni cuenta tuvo dinero.',
  'monthReport.soFar': 'Este mes hasta ahora: hasta el {date}.',
  'monthReport.shredded': 'El calendario de conservación destruyó los movimientos de este mes. Estas cifras vienen de los totales mensuales que conserva.',
  'monthReport.printedOn': 'Impreso el {date}.',
  'monthReport.inCurrency': 'En {currency}',
  'monthReport.entries': '{count, plural, =0 {Ningún movimiento} one {# movimiento} other {# movimientos}} en {currency}.',
  'monthReport.categories': 'Por categoría',
  'monthReport.funds': 'Fondos',
  'monthReport.accounts': 'Cuentas de pago',
  'monthReport.rule': 'El saldo inicial, más las entradas, menos las salidas, más los ajustes y las transferencias, es el saldo final.',
  'monthReport.noCategory': 'Sin categoría',
  'monthReport.total': 'Total',
  'monthReport.heading.category': 'Categoría',
  'monthReport.heading.entries': 'Movimientos',
  'monthReport.heading.moneyIn': 'Entradas',
  'monthReport.heading.moneyOut': 'Salidas',
  'monthReport.heading.fund': 'Fondo',
  'monthReport.heading.account': 'Cuenta',
  'monthReport.statusNote': 'El estado junto a una cuenta es el que tenía el último día del mes.',
  'monthReport.heading.opening': 'Saldo inicial',
  'monthReport.heading.adjusted': 'Ajustes',
  'monthReport.heading.transfers': 'Transferencias',
  'monthReport.heading.closing': 'Saldo final',
  'monthReport.cli.summary': 'El informe de un mes para la reunión: por categoría, fondo y cuenta.',
  'monthReport.cli.description': `Imprime el informe de un mes (--month AAAA-MM; este mes si se omite): por
moneda, las entradas y salidas por categoría, y luego cada fondo y cada cuenta
de pago con su saldo inicial, entradas, salidas, ajustes, transferencias (lo
que entró menos lo que salió) y saldo final. El saldo inicial, más las
entradas, menos las salidas, más los ajustes y las transferencias, es el saldo
final.

Un mes cuyos movimientos destruyó el calendario de conservación da las mismas
cifras, a partir de los totales mensuales que conserva. Un mes que aún no ha
empezado se rechaza.

--json imprime {fields} (ledger.monthReport).`,
  'monthReport.cli.flag.month': 'El mes del informe, AAAA-MM (por omisión, este mes).',
} satisfies Translation<typeof english>;
