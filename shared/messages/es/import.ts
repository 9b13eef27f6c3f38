import type { Translation } from '../translation.ts';
import type { importing as english } from '../en/import.ts';

export const importing = {
  'import.csvUnreadable': 'El archivo no se puede leer como CSV en la línea {line}: una celda entre comillas nunca se cierra.',
  'import.badDate': 'La fecha «{written}» no es de las que escribe este extracto.',
  'import.unknownStatus': 'El estado «{status}» no es uno que este importador conozca, así que la fila no se registra.',
  'import.badAmount': 'El monto no se puede leer: {problem}',
  'import.unknownFormat':
    'Este archivo no es un extracto que Mutual Ledger conozca: ni CSV de Venmo, PayPal o Cash App, ni OFX o QFX. Para el CSV de otro banco, guarde una correspondencia de columnas e importe con ella.',
  'import.notThisFormat': 'Este archivo no se lee como {format}: no tiene las columnas o etiquetas que ese formato siempre tiene.',
  'import.linkedIsSame': 'La cuenta vinculada debe ser otra de las cuentas del grupo, no la del propio extracto.',
  'import.linkedCurrency': '{account} tiene {currency} y {linked} tiene {linkedCurrency}: una cuenta vinculada debe tener la misma moneda.',
  'import.statementCurrency': 'El extracto está en {currency} y {account} tiene {accountCurrency}: impórtelo en una cuenta en {currency}.',
  'import.pending': 'Pendiente en la plataforma: el dinero aún no se ha movido. Importe un extracto posterior para registrarlo.',
  'import.failed': 'Fallido o rechazado en la plataforma: no se movió dinero.',
  'import.cancelled': 'Cancelado en la plataforma: no se movió dinero.',
  'import.otherCurrency': 'Dinero en otra moneda que la de la cuenta: no se registra aquí.',
  'import.nothingMoved': 'No se movió dinero.',
  'import.inSealedMonth': 'En un mes que el plan de conservación ha sellado: sus totales son definitivos, así que no se registra nada en él.',
  'import.idTwice': 'La transacción {id} aparece dos veces en el archivo.',
  'import.alreadyBooked': 'Ya está en el libro como el movimiento #{seq}.',
  'import.transferNeedsLinked': 'Una transferencia hacia o desde otra de las cuentas del grupo: diga cuál (la cuenta vinculada) para registrarla.',
  'import.cardNeedsLinked': 'Pagado con una tarjeta o un banco detrás de la plataforma, no con su saldo: diga cuál de las cuentas del grupo es (la cuenta vinculada) para registrarlo.',
  'import.transferMatched': 'El otro lado de la transferencia #{seq}, ya registrada desde el extracto de la otra cuenta.',
  'import.possibleDuplicate': 'El movimiento #{seq} tiene la misma fecha, cuenta y monto, y puede ser este mismo anotado a mano: no se registra salvo que usted lo diga.',
  'import.possibleTransfer': 'Puede ser el otro lado de la transferencia #{seq} (mismo monto, con pocos días de diferencia): no se registra salvo que usted lo diga.',
  'import.bookedAnyway': 'Registrado como usted eligió, aunque parecía uno que ya está en el libro.',
  'import.noSuchRule': 'No hay ninguna regla de categoría #{id}.',
  'import.refusedForProblems':
    '{count, plural, one {Una fila} other {# filas}} del extracto no se {count, plural, one {puede} other {pueden}} registrar tal como {count, plural, one {está} other {están}}, así que no se importó nada.',
  'import.problemAtLine': 'Línea {line}: {reason}',
  'import.changedSincePreview': 'El libro o las filas elegidas cambiaron desde la vista previa, así que no se importó nada: revise la vista previa de nuevo.',
  'import.mappingTaken': 'Ya hay una correspondencia de columnas llamada {name}.',
  'import.noSuchMapping': 'No hay ninguna correspondencia de columnas llamada {name}.',
  'import.csvNeedsMapping': 'El CSV de un banco se lee con una correspondencia de columnas guardada: indique cuál.',
  'import.notThisMapping': 'Este archivo no tiene las columnas que lee la correspondencia {mapping}.',
  'import.moreCellsThanColumns':
    'La fila tiene {cells} celdas y el encabezado {columns} columnas: una coma fuera de comillas (¿un monto como $1,000.00 escrito sin ellas?) desplaza sus celdas, así que no se puede leer.',
} satisfies Translation<typeof english>;
