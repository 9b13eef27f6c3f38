import type { Translation } from '../translation.ts';
import type { accounts as english } from '../en/accounts.ts';

export const accounts = {
  'accounts.status.active': 'activa',
  'accounts.status.limited': 'limitada',
  'accounts.status.frozen': 'congelada',
  'accounts.status.closed': 'cerrada',

  'accounts.notFound': 'No hay ninguna cuenta de pago #{id}.',
  'accounts.nameTaken': 'Ya hay una cuenta llamada «{name}». Elija otro nombre.',
  'accounts.unknownCurrency': '{currency} no es un código de moneda que esta aplicación conozca.',
  'accounts.statusOutOfOrder': 'El último cambio de estado de {account} tiene fecha del {date}; registre los cambios en el orden en que ocurrieron.',
  'accounts.alreadyStatus': '{account} ya está {status}.',
  'accounts.sameName': 'La cuenta ya se llama «{name}».',
  'accounts.alreadyArchived': '{account} ya está archivada.',
  'accounts.notArchived': '{account} no está archivada.',
  'accounts.archiveNotEmpty': '{account} todavía tiene {balance}. Saque el dinero (o registre lo que retuvo la plataforma) antes de archivarla.',
  'accounts.statusForbidsEntry':
    '{account} tiene el movimiento #{seq} ({kind}, {date}) que un estado «{status}» desde el {from} prohibiría. Ponga al cambio la fecha {date} o una posterior, como ocurrió.',

  'accounts.differenceMemo': 'Concilia el estado de cuenta del {date}',
  'accounts.reconciledLater': '{account} se concilió por última vez el {date}; un extracto con fecha anterior ya no puede conciliarse.',
  'accounts.notUncleared': 'El movimiento #{seq} no es uno que esta conciliación pueda marcar: no es de {account}, tiene fecha posterior al {date} o una conciliación anterior ya lo marcó.',
  'accounts.nothingToRecord': 'No queda ninguna diferencia que registrar: el extracto coincide con los movimientos conciliados.',
  'accounts.feeNeedsLess': 'Una comisión explica un extracto que muestra menos que los movimientos conciliados, no más: registre un ajuste.',

  'accounts.wouldBeStuck': '{account} está {status} el {date}: el dinero que se mueva allí quedaría atrapado.',
  'accounts.cannotPayOut': '{account} está {status} el {date} y no puede pagar {amount}.',
  'accounts.couldPayInstead': '{account} ({status}, {balance})',
  'accounts.couldPayInsteadHeading': 'Cuentas que podrían pagar en su lugar:',
  'accounts.noOtherActive': 'No hay otra cuenta activa en {currency}: agregue una o espere a que se levante el congelamiento.',
  'accounts.noneCanCover':
    'Ninguna otra cuenta activa en {currency} tiene {amount}: la que más tiene es {account}, con {most}. Pague una parte desde allí, o espere a que se levante el congelamiento.',
  'accounts.datedBeforeStatus': 'Registrado con fecha {date}: {account} está {status} desde el {since}, así que esto ocurrió antes.',
  'accounts.movedIntoStuck': 'Registrado: entraron {amount} en {account}, que está {status}. Quedan atrapados allí hasta que la cuenta pueda pagar de nuevo.',
  'accounts.closedNothingLeaves':
    '{account} está cerrada el {date}: no puede salir nada de ella, salvo una comisión o un ajuste de salida que dé de baja lo que retuvo la plataforma, y nunca por debajo de cero.',
  'accounts.closedNothingComesIn':
    '{account} está cerrada el {date}; no puede recibir dinero. Registre el dinero en una cuenta abierta; para corregir un movimiento de antes del cierre, registre un ajuste con fecha anterior al cierre.',

  'accounts.concentrated':
    'El {share, number, ::percent} del dinero del grupo en {currency} está en {account}, por encima del {threshold, number, ::percent} que fijó el grupo. Un congelamiento allí detendría la mayoría de los pagos: considere pasar una parte a otra cuenta.',
  'accounts.stuckInFrozen': 'Hay {amount} atrapados en cuentas congeladas.',
} satisfies Translation<typeof english>;
