import type { Translation } from '../translation.ts';
import type { cli as english } from '../en/cli.ts';

export const cli = {
  'cli.waitBeforeNextTry': 'Espere {seconds, plural, one {# segundo} other {# segundos}} antes del próximo intento.',
  'cli.unknownLanguage': 'No hay mensajes en «{language}». Elija uno de estos: {languages}.',
  'cli.unexpectedError': 'Error inesperado: {detail}',
  'cli.option.vault': 'La carpeta de la bóveda.',
  'cli.option.passphraseFile': 'La frase de contraseña: la primera línea de FILE.',
  'cli.option.recoveryCodeFile': 'Abrir con el código de recuperación que está en FILE.',
  'cli.option.totp': 'El código de la aplicación de autenticación, o un código de respaldo.',
  'cli.option.newPassphraseFile': 'La nueva frase de contraseña: la primera línea de FILE.',
  'cli.option.rekey': 'Cambiar también la clave de la bóveda, para que las copias viejas de la carpeta dejen de abrirse.',
  'cli.option.copyTo': 'Dónde guardar la copia (un archivo nuevo fuera de la carpeta de la bóveda).',
  'cli.option.minutes': 'Cerrar tras N minutos sin uso (de 1 a 1440).',
  'cli.option.name': 'Su nombre visible.',
  'cli.option.nameFile': 'El nombre, leído de FILE (- para la entrada estándar), fuera del historial.',
  'cli.option.kind': 'Su tipo.',
  'cli.option.currency': 'Su moneda ISO 4217, como USD.',
  'cli.option.handle': 'Un identificador mínimo: como mucho los últimos cuatro dígitos.',
  'cli.option.holder': 'organisation (por omisión), o member: una cuenta personal.',
  'cli.option.mfa': 'Tiene activado el inicio de sesión con varios factores.',
  'cli.option.personalPhone': 'Está ligada al teléfono personal de un miembro.',
  'cli.option.personalName': 'Está a nombre personal de un miembro.',
  'cli.option.personalCard': 'Está ligada a la tarjeta personal de un miembro.',
  'cli.option.account': 'Una cuenta de pago, por nombre (en mayúsculas o minúsculas) o por número.',
  'cli.option.set': 'El nuevo estado: active, limited, frozen o closed.',
  'cli.option.reason': 'Por qué, en pocas palabras.',
  'cli.option.reasonFile': 'El motivo, leído de FILE (- para la entrada estándar), fuera del historial.',
  'cli.option.date': 'La fecha (por omisión, hoy).',
  'cli.option.statementBalance': 'El saldo del estado de cuenta tal como aparece: 1.234,56.',
  'cli.option.dryRun': 'Mostrar el resultado sin registrar nada.',
  'cli.option.cleared': 'Los movimientos que muestra el estado de cuenta, por número: 12,13,15.',
  'cli.option.recordDifference': 'Registrar la diferencia que queda como comisión (fee) o ajuste (adjustment).',
  'cli.option.restricted': 'Solo para su propósito; nunca se gasta por debajo de cero.',
  'cli.option.restore': 'Volver a poner en uso uno archivado.',
  'cli.option.purpose': 'Para qué es el dinero (opcional).',
  'cli.option.purposeFile': 'El propósito, leído de FILE (- para la entrada estándar), fuera del historial.',
  'cli.option.amount': 'Tal como se escribe, por ejemplo 1.200,50 (sin signo menos).',
  'cli.option.toAccount': 'Transferencias: la cuenta a la que va el dinero.',
  'cli.option.fund': 'El fondo, por nombre o número (por omisión: general).',
  'cli.option.toFund': 'Transferencias: el fondo al que pasa (por omisión: el mismo).',
  'cli.option.category': 'bail, rent, food… (vea "category list").',
  'cli.option.recipient': 'Un código seudónimo como R-7KQ2MX; nunca un nombre.',
  'cli.option.memo': 'Una nota breve (opcional).',
  'cli.option.memoFile': 'La nota, leída de FILE (- para la entrada estándar), fuera del historial.',
  'cli.option.direction': 'Ajustes: in (suma a la cuenta) u out.',
  'cli.option.receipt': 'PNG, JPEG, WebP o PDF de hasta 5 MiB, guardado cifrado.',
  'cli.option.from': 'Movimientos con fecha de este día en adelante.',
  'cli.option.to': 'Movimientos con fecha hasta este día inclusive.',
  'cli.option.memoContains': 'Movimientos cuya nota contiene TEXT (sin importar mayúsculas).',
  'cli.option.memoContainsFile': 'El texto que se busca, leído de FILE (- para la entrada estándar).',
  'cli.option.limit': 'Mostrar como mucho N movimientos (por omisión 50; hasta 1000).',
  'cli.option.offset': 'Saltar primero las N coincidencias más recientes (por omisión 0).',
  'cli.option.expectHead': 'El ancla anotada antes, tal como la muestra status (o una cabeza de cadena SEQ:HASH).',
  'cli.option.expectFactsHead': 'Una cabeza de la cadena de hechos anotada antes.',
  'cli.option.quick': 'Solo la comprobación de cada apertura: los 1.000 movimientos más recientes y la cadena de hechos.',
  'cli.option.json': 'Mostrar el resultado como JSON.',
  'cli.option.lang': 'El idioma de los mensajes (por omisión: según LC_ALL, LC_MESSAGES o LANG).',
  'cli.option.help': 'Mostrar esta ayuda.',
  'cli.help.secret.passphrase': 'frase de contraseña',
  'cli.help.secret.recoveryCode': 'código de recuperación',
  'cli.help.secret.totpCode': 'código TOTP',
  'cli.help.secret.newPassphrase': 'nueva frase',
  'cli.help.orVariable': 'o ${variable}',
  'cli.help.secretsHeading': 'Secretos, para scripts (el secreto es la primera línea del archivo):',
  'cli.help.prompted': 'En una terminal, el secreto que falte se pide sin mostrarlo en pantalla.',
  'cli.help.promptedTwice': 'En una terminal, el secreto que falte se pide sin mostrarlo en pantalla (una\nfrase de contraseña nueva, dos veces).',
  'cli.help.noTerminal': 'Sin terminal, un secreto que falte es un error de uso.',
  'cli.help.totpTyped': 'Puede escribir --totp CODE: un código se acepta una sola vez, así que uno ya\nusado no sirve de nada.',
  'cli.help.title': 'mutual-ledger: la bóveda cifrada del grupo, desde una terminal.',
  'cli.help.usage': 'Uso: mutual-ledger COMANDO --vault DIR [opciones]',
  'cli.help.commands': 'Comandos:',
  'cli.help.jsonAndVersion':
    'Agregue --json para mostrar el resultado como JSON. Para ver las opciones de un\ncomando, ejecute "mutual-ledger COMANDO --help". También: mutual-ledger --version\nLos mensajes están en inglés o en español: --lang en|es, o LC_ALL, LC_MESSAGES o LANG.',
  'cli.help.closing': `Cada comando vuelve a bloquear la bóveda antes de terminar, también cuando falla.
TOTP es una barrera de la aplicación, no cifrado: la frase de contraseña
protege los datos.

Todo lo que se escribe como opción queda en el historial de su shell y,
mientras el comando corre, cualquier usuario de esta computadora puede leerlo
con "ps". Dé las notas, los motivos, los nombres y los propósitos desde un
archivo: --memo-file FILE, --reason-file FILE, --name-file FILE,
--purpose-file FILE ("-" lee la entrada estándar). --totp CODE sí puede ir en
la línea de comandos: un código se acepta una sola vez, así que uno ya usado
no sirve de nada. Ejecute este comando con node (node bin/mutual-ledger.js, o
"mutual-ledger" después de npm link), no con npx ni npm run, cuyos registros
guardan los argumentos.

Estado de salida: 0 hecho, 1 falló, 2 línea de comandos incorrecta (comando u
opción desconocidos, falta --vault, falta un secreto, un valor que no se puede
leer, como un monto "12,345" en USD o una fecha que no está escrita
YYYY-MM-DD). Un error es una sola línea en stderr; con --json esa línea es
{errorLine}.`,
  'cli.help.groupUsage': 'Uso: mutual-ledger {group} COMANDO --vault DIR [opciones]',
  'cli.help.commandUsage': 'Uso: mutual-ledger {command} --vault DIR [opciones]',
  'cli.help.flags': 'Opciones:',
  'cli.help.freeText': `Todo lo que se escribe como opción queda en el historial de su shell y aparece
en "ps" mientras el comando corre. Para algo delicado, use en su lugar:
{flags} ("-" lee la entrada estándar).`,
  'cli.usage.unknownOption': 'Opción desconocida: {option}. Vea: mutual-ledger --help',
  'cli.usage.givenTwice': '{option} aparece más de una vez.',
  'cli.usage.takesNoValue': '{option} no lleva valor.',
  'cli.usage.needsValue': '{option} necesita un valor.',
  'cli.usage.noCommand': 'No se indicó ningún comando. Vea: mutual-ledger --help',
  'cli.usage.unknownCommand': 'Comando desconocido: «{command}». Vea: mutual-ledger --help',
  'cli.usage.groupNeedsCommand': '«{group}» necesita uno de estos: {commands}.',
  'cli.usage.unknownGroupCommand': 'Comando desconocido: «{command}». Vea: mutual-ledger {group} --help',
  'cli.usage.unexpectedArgument': 'Argumento inesperado: «{argument}». Vea: mutual-ledger {command} --help',
  'cli.usage.flagNotTaken': '«{command}» no acepta {flag}. Vea: mutual-ledger {command} --help',
  'cli.usage.needsOperand': '«{command}» necesita {operand}: {expected}. Vea: mutual-ledger {command} --help',
  'cli.usage.needsVault': '«{command}» necesita --vault DIR. Vea: mutual-ledger {command} --help',
  'cli.usage.vaultIsFile': '--vault {vault}: es un archivo, no una carpeta. --vault recibe la carpeta de la bóveda (la que contiene key-slots.json).',
  'cli.flag.required': '«{command}» necesita {flag}. Vea: mutual-ledger {command} --help',
  'cli.flag.notAChoice': '{flag} «{value}» no es ninguno de estos: {choices}.',
  'cli.flag.dayDoesNotExist': '{flag} «{value}»: ese día no existe en el calendario.',
  'cli.flag.dateShape': '{flag} «{value}»: escriba la fecha como YYYY-MM-DD, por ejemplo {today}.',
  'cli.flag.refused': '{flag}: {problem}',
  'cli.flag.badAmount': '{flag} {value}: {reason}',
  'cli.flag.notACount': '{flag} «{value}» debe ser un número entero de {min} a {max}.',
  'cli.flag.notAnEntryNumber': '{what} «{value}» no es un número de movimiento; los movimientos se numeran 1, 2, 3… como muestra "mutual-ledger list".',
  'cli.flag.onlyWith': '«{command}»: {flags} {count, plural, one {solo va} other {solo van}} con {needed}.',
  'cli.freeText.oneStdin': 'Solo una opción puede leer la entrada estándar; {flags} dicen "-".',
  'cli.freeText.notBoth': 'Use {text} o {file}, no las dos.',
  'cli.freeText.cannotRead': '{flag}: no se puede leer {file}: {problem}.',
  'cli.freeText.notUtf8': '{flag}: el texto no está en UTF-8.',
  'cli.freeText.tooBig': '{flag}: más de {kibibytes} KiB; una nota, un motivo o un nombre son pocas palabras.',
  'cli.secret.passphraseOrRecoveryFile': 'Use --passphrase-file o --recovery-code-file, no los dos.',
  'cli.secret.passphraseOrNewPassphraseFile': 'Use --passphrase-file o --new-passphrase-file, no los dos.',
  'cli.secret.bothVariables': 'Están definidas {passphrase} y {recoveryCode}. Quite una de las dos.',
  'cli.secret.passphrasePrompt': 'Frase de contraseña:',
  'cli.secret.noPassphrase': 'Falta la frase de contraseña: use --passphrase-file FILE o defina {variable}.',
  'cli.secret.totpPrompt': 'Código TOTP (o un código de respaldo):',
  'cli.secret.noTotp': 'Esta bóveda pide un código TOTP: use --totp CODE o defina {variable}.',
  'cli.secret.noNewPassphrase': 'Falta la nueva frase de contraseña: use --new-passphrase-file FILE o defina {variable}.',
  'cli.secret.newPassphrasePrompt': 'Nueva frase de contraseña para {whose}:',
  'cli.secret.whose.newVault': 'la nueva bóveda',
  'cli.secret.whose.treasurer': 'el tesorero',
  'cli.secret.whose.coTreasurer': 'el cotesorero',
  'cli.secret.typeAgain': 'Escríbala otra vez:',
  'cli.secret.entriesDiffer': 'Las dos entradas no coinciden. Inténtelo de nuevo.',
  'cli.secret.easyToGuess': 'Sería fácil de adivinar.',
  'cli.secret.tooWeak': 'Demasiado débil: {reasons}',
  'cli.secret.strength': 'Solidez {score}/4: {crackTime} para adivinarla sin conexión.',
  'cli.file.cannotRead': 'No se puede leer {file}: {problem}.',
  'cli.file.firstLineEmpty': 'La primera línea de {file} está vacía.',
  'cli.file.noSuchFile': 'no existe ese archivo',
  'cli.file.permissionDenied': 'permiso denegado',
  'cli.file.isFolder': 'es una carpeta',
  'cli.file.otherProblem': '{detail}',
  'cli.names.noSuchAccount': '{flag} «{named}»: no hay ninguna cuenta de pago con ese nombre o número. {known}',
  'cli.names.noSuchFund': '{flag} «{named}»: no hay ningún fondo con ese nombre o número. {known}',
  'cli.names.noAccounts': 'Todavía no hay cuentas de pago: agregue una con "mutual-ledger account add".',
  'cli.names.noFunds': 'No hay fondos.',
  'cli.names.known': 'Existen: {names}.',
  'cli.names.nameAndNumber': '{name} (#{id})',
  'cli.receipt.notAReceipt': '--receipt {file}: un recibo debe ser un archivo .png, .jpg, .webp o .pdf.',
  'cli.receipt.tooBig': '{file} pesa {mebibytes, number, ::.0} MiB; un recibo puede pesar como mucho {largest} MiB.',
  'cli.session.interrupted': 'Interrumpido. La bóveda está bloqueada.',
  'cli.session.noVault': 'No hay ninguna bóveda en {folder}. Cree una con: mutual-ledger init --vault {folder}',
  'cli.session.backoff': 'Espere {seconds, plural, one {# segundo} other {# segundos}} antes de intentarlo de nuevo: cada intento equivocado duplica la espera, para frenar a quien intente adivinar.',
  'cli.cancelled': 'Cancelado.',
  'cli.head.entries': 'Movimientos',
  'cli.head.anchor': 'Ancla',
  'cli.head.chainHead': 'Cabeza de la cadena',
  'cli.head.factsHead': 'Cabeza de los hechos',
  'cli.head.noneYet': 'ninguna todavía',
  'cli.head.notAChainHead':
    '{flag} «{value}»: escriba la cabeza como SEQ:HASH, tal como la muestra "mutual-ledger status" (el número del movimiento, dos puntos y el hash de la cadena de 64 dígitos).',
  'cli.head.notAnAnchor': '{flag} «{value}»: escriba el ancla como E:F:HASH (o una cabeza de cadena como SEQ:HASH), tal como la muestra "mutual-ledger status".',
  'cli.vault.slot.treasurer': 'frase del tesorero',
  'cli.vault.slot.coTreasurer': 'frase del cotesorero',
  'cli.vault.slot.recovery': 'código de recuperación',
  'cli.vault.slotUpdated': 'último cambio: {when}',
  'cli.vault.label.vault': 'Bóveda',
  'cli.vault.label.created': 'Creada',
  'cli.vault.label.format': 'Formato',
  'cli.vault.label.keySlots': 'Espacios de clave',
  'cli.vault.label.groupKey': 'Clave del grupo',
  'cli.vault.label.totp': 'TOTP',
  'cli.vault.label.autoLock': 'Bloqueo automático',
  'cli.vault.label.unlockedWith': 'Abierta con',
  'cli.vault.formatVersion': 'versión {version}',
  'cli.vault.totpOn': 'activado, {count, plural, one {queda # código de respaldo} other {quedan # códigos de respaldo}}',
  'cli.vault.totpOff': 'desactivado',
  'cli.vault.autoLockAfter': 'tras {duration} sin uso',
  'cli.vault.hours': '{count, plural, one {# hora} other {# horas}}',
  'cli.vault.minutes': '{count, plural, one {# minuto} other {# minutos}}',
  'cli.vault.seconds': '{count, plural, one {# segundo} other {# segundos}}',
  'cli.vault.unlockedWith.treasurer': 'la frase de contraseña del tesorero',
  'cli.vault.unlockedWith.coTreasurer': 'la frase de contraseña del cotesorero',
  'cli.vault.unlockedWith.recovery': 'el código de recuperación',
  'cli.keyChange.rekeyed':
    'La clave de la bóveda cambió: el libro se volvió a cifrar con una clave nueva. Ninguna copia de key-slots.json ni de la carpeta de la bóveda hecha antes de ahora abre el libro de hoy, y los respaldos anteriores de los espacios de clave ya no sirven: guarde uno nuevo con `mutual-ledger key-slots backup`.',
  'cli.keyChange.newRecoveryCode':
    'El código de recuperación anterior no se pudo pasar a la clave nueva (lo hizo una versión anterior), así que ya no abre la bóveda. Anote AHORA el código de recuperación NUEVO, en papel; se muestra una sola vez:',
  'cli.keyChange.oldCopies':
    'La frase de contraseña anterior ya no abre esta bóveda; una copia de la carpeta de la bóveda (o de key-slots.json) hecha antes de hoy todavía se abre con ella. Para que esas copias no sirvan, cambie la clave de la bóveda: mutual-ledger rekey --vault {folder}',
  'cli.fileMode.madePrivate': 'Atención: {path} tenía permisos {mode}, abierto a otros usuarios de esta computadora; ahora tiene {expected}.',
  'cli.fileMode.stillOpen': 'Atención: {path} tiene permisos {mode}, abierto a otros usuarios de esta computadora. Hágalo privado: chmod {chmod} "{path}"',
  'cli.entry.date': 'Fecha',
  'cli.entry.kind': 'Tipo',
  'cli.entry.kindCorrecting': '{kind}, corrige el #{seq}',
  'cli.entry.amount': 'Monto',
  'cli.entry.amountMoved': '{amount} movidos',
  'cli.entry.amountIn': '{amount} de entrada',
  'cli.entry.amountOut': '{amount} de salida',
  'cli.entry.account': 'Cuenta',
  'cli.entry.fund': 'Fondo',
  'cli.entry.category': 'Categoría',
  'cli.entry.recipient': 'Destinatario',
  'cli.entry.recipientGenerated': '{code} (generado, porque no se indicó --recipient)',
  'cli.entry.memo': 'Nota',
  'cli.entry.receipt': 'Recibo',
  'cli.entry.shredded': 'Destruido',
  'cli.entry.shreddedField': '{field, select, memo {nota} recipientCode {código de destinatario} receipt {recibo} other {id. de transacción de la plataforma}}',
  'cli.entry.shreddedFields': '{fields}, por el plan de conservación',
  'cli.entry.receiptKept': 'guardado cifrado en la bóveda',
  'cli.entry.reversedBy': 'Revertido por',
  'cli.entries.heading.date': 'FECHA',
  'cli.entries.heading.kind': 'TIPO',
  'cli.entries.heading.amount': 'MONTO',
  'cli.entries.heading.account': 'CUENTA',
  'cli.entries.heading.fund': 'FONDO',
  'cli.entries.heading.category': 'CATEGORÍA',
  'cli.entries.heading.recipient': 'DESTINATARIO',
  'cli.entries.heading.memo': 'NOTA',
  'cli.entries.noTotals': 'Totales: nada de entrada, nada de salida.',
  'cli.entries.totals': 'Totales {currency}: entradas {moneyIn}, salidas {moneyOut}, neto {net}',
  'cli.entries.totalsAdjusted': 'Totales {currency}: entradas {moneyIn}, salidas {moneyOut}, ajustes {adjusted}, neto {net}',
  'cli.entries.corrects': 'corrige el #{seq}',
  'cli.entries.reversedBy': 'revertido por el #{seq}',
  'cli.entries.receipt': 'recibo',
  'cli.progress.entries': 'Verificando: {done, number} de {total, number} movimientos recalculados ({percent} %)',
  'cli.progress.waitingForChecks': 'Verificando: esperando la comprobación de integridad de SQLite y los totales mensuales…',
  'cli.progress.ctrlCStops': 'Ctrl-C detiene.',
  'cli.accountAdd.summary': 'Registrar una cuenta de pago que usa el grupo.',
  'cli.accountAdd.description': `Cada plataforma donde está el dinero del grupo tiene una cuenta: su tipo, su
moneda y, si sirve, un identificador mínimo como los últimos cuatro dígitos.
Indique quién la tiene y cómo está protegida; una cuenta ligada al teléfono,
al nombre o a la tarjeta personal de un miembro, o que tiene un miembro, queda
señalada, como aconsejan las guías de seguridad de la ayuda mutua. Una cuenta
nueva está activa.

Tipos: {kinds}.

--json muestra la cuenta (accounts.add); los montos son unidades menores
enteras (centavos).`,
  'cli.accountAdd.flag.name': 'Su nombre visible, por ejemplo "Cooperativa de crédito".',
  'cli.accountAdd.flag.kind': 'Qué es: venmo, bank, cash-box… (vea arriba).',
  'cli.accountList.summary': 'Todas las cuentas de pago: saldo, estado, señales; luego los avisos.',
  'cli.accountList.description': `Una fila por cuenta: su número y nombre, tipo, moneda, saldo, estado (desde
cuándo; para una cuenta congelada, los días congelada y el saldo retenido al
congelarse), señales (ligada a un miembro, sin MFA) y la última conciliación con
su diferencia. Al pie, el dinero disponible: todos los saldos sumados, una línea
por moneda, con cuánto de eso está en cuentas congeladas. Luego los avisos:
dinero atrapado en cuentas congeladas, y demasiado dinero del grupo en una sola
cuenta (por encima del límite que fijó el grupo).

--json muestra el resumen de cuentas (accounts.list): {fields};
los montos son unidades menores enteras (centavos).`,
  'cli.accountReconcile.summary': 'Marcar los movimientos que muestra un estado de cuenta, ver la diferencia, registrarla.',
  'cli.accountReconcile.description': `Indique el saldo que muestra el estado de cuenta de la plataforma en --date
(por omisión, hoy), tal como aparece: 1.234,56. Lista los movimientos de la cuenta
hasta esa fecha que ninguna conciliación anterior marcó, y suma los que muestra
el estado de cuenta al saldo que concilió la última conciliación: la diferencia es
el estado de cuenta menos ese saldo conciliado (positiva quiere decir que la
plataforma muestra más).

--cleared 12,13,15 indica los movimientos que muestra el estado de cuenta; sin
esa opción, se marcan todos los listados. Un movimiento sin marcar queda para la
próxima conciliación. --record-difference fee|adjustment registra, en el mismo
paso, la diferencia que queda como una comisión (el estado de cuenta muestra
menos: la plataforma cobró) o un ajuste en la cuenta con fecha --date, marcado con
los demás; la conciliación entonces coincide. Sin esa opción, la diferencia se
registra tal cual. Con --dry-run no se registra nada: úselo para ver los
movimientos por marcar. Un saldo en descubierto se escribe con "=":
--statement-balance=-12,50.

--json muestra la conciliación (accounts.reconcile) con "recorded":
{fields}; los montos son unidades menores enteras (centavos).`,
  'cli.accountReconcile.flag.date': 'La fecha del estado de cuenta, YYYY-MM-DD (por omisión, hoy).',
  'cli.accountStatus.summary': 'Registrar un congelamiento, límite, cierre o reapertura; o ver el historial.',
  'cli.accountStatus.description': `Con --set, registra que la cuenta pasó a active (activa), limited (limitada),
frozen (congelada) o closed (cerrada) en --date (por omisión, hoy), con el
motivo y el saldo que tenía ese día. Una cuenta congelada o cerrada rechaza
desde entonces los desembolsos y las transferencias de salida, y el rechazo
nombra las cuentas que podrían pagar en su lugar. Los cambios se registran en
el orden en que ocurrieron: se rechaza una fecha anterior al último cambio.

Sin --set, muestra el historial de estados de la cuenta, del más antiguo al más
reciente.

--json muestra la cuenta después del cambio (accounts.setStatus), o el
historial (accounts.history): {historyFields};
los montos son unidades menores enteras (centavos).`,
  'cli.accountStatus.flag.reason': 'Con --set: por qué, por ejemplo "revisión de la plataforma".',
  'cli.accountStatus.flag.date': 'Con --set: el día en que ocurrió (por omisión, hoy).',
  'cli.autoLock.summary': 'Fijar cuánto tiempo puede quedar inactiva la aplicación antes de bloquearse sola.',
  'cli.autoLock.description': `Abra la bóveda como siempre y luego fije el bloqueo automático en --minutes N
(de 1 a 1440). Un tiempo más largo que el actual se confirma con la frase de
contraseña (o el código de recuperación) con que abrió, y uno equivocado cuenta
para la espera entre intentos.

--json muestra los datos de la bóveda después del cambio.`,
  'cli.balance.summary': 'Saldos por cuenta, por fondo y por moneda.',
  'cli.balance.description': `Cada saldo se suma a partir de los movimientos, mediante totales mensuales que
el libro guarda junto a ellos en la misma transacción que cada movimiento
(verify los vuelve a calcular). Un fondo con dinero en dos monedas muestra una
línea por cada una; un fondo que todavía no tiene nada muestra "nada todavía"
(en --json, "currency": null, "balance": 0). La última tabla es el dinero
disponible, por moneda: las mismas cifras que el panel y el pie de account list
y fund list ("currencies" en --json).

--json muestra los saldos (ledger.balances): {fields};
los montos son unidades menores enteras (centavos).`,
  'cli.categoryAdd.summary': 'Agregar una categoría propia del grupo.',
  'cli.categoryAdd.description': `Además de las incluidas: bail, rent, food, medical, transport, utilities y
other. Los nombres se guardan en minúsculas: letras, números, espacios y guiones.

--json muestra {fields} (categories.add).`,
  'cli.categoryAdd.flag.name': 'La categoría, por ejemplo "gastos legales".',
  'cli.categoryList.summary': 'Las categorías que pueden tener los movimientos.',
  'cli.categoryList.description': `Primero las incluidas, luego las propias del grupo, cada una con el nombre con
que se muestra ahora; una renombrada dice cómo se llamaba antes (category rename).

--json muestra {fields} (categories.list).`,
  'cli.categoryRename.summary': 'Mostrar una categoría propia del grupo con otro nombre; sus movimientos la conservan.',
  'cli.categoryRename.description': `NAME es el nombre actual de la categoría, o el que tenía al agregarla. Cada
movimiento lleva el primer nombre de su categoría dentro de su hash, así que
cambiar el nombre no cambia ningún movimiento: la categoría se muestra con el
nombre nuevo en todas partes (lista, CSV, resúmenes, reglas) y se sigue
encontrando por su primer nombre, que ninguna otra categoría puede tomar. Si se
le vuelve a dar su primer nombre, se muestra como cuando se agregó. Las
categorías incorporadas no se pueden renombrar: sus nombres vienen con la
aplicación, en cada idioma.

--json muestra {fields} (categories.rename);
formerNames son los nombres que tuvo antes, del más antiguo al más reciente.`,
  'cli.categoryRename.nameExpected': 'la categoría que se renombra, como la muestra "mutual-ledger category list"',
  'cli.categoryRename.flag.to': 'El nombre nuevo: letras, números, espacios y guiones.',
  'cli.earliestDate.summary': 'Ver o fijar la fecha más antigua que pueden tener los movimientos.',
  'cli.earliestDate.description': `El libro rechaza movimientos, cambios de estado y estados de cuenta con fecha
anterior a este día (2000-01-01, salvo que el grupo haya fijado otro), para que
un año mal escrito (0026, 1926) se detecte en lugar de registrarse. Antes de
cargar registros más antiguos, fije un día anterior con --set. No se puede
mover más allá de algo que el libro ya tenga, ni al futuro (salida 1, nada
cambia). El ajuste se guarda como un hecho encadenado, así que verify nota si
alguien lo cambia a espaldas de la aplicación.

--json muestra {fields} (ledger.earliestDate, o ledger.setEarliestDate con --set).`,
  'cli.earliestDate.flag.set': 'La nueva fecha más antigua, YYYY-MM-DD.',
  'cli.entryList.summary': 'Listar movimientos, del más reciente al más antiguo, con los filtros de la pantalla del libro.',
  'cli.entryList.description': `Los filtros se combinan (todos deben cumplirse): un rango de fechas (--from,
--to, ambos inclusive), una cuenta (movimientos que entran o salen de ella, las
transferencias de cualquiera de los dos lados), un fondo (igual: una
transferencia entre dos fondos está en la vista de cada uno), una categoría, un
tipo ({kinds}), un código de destinatario y un texto en la nota.

Con una sola cuenta o un solo fondo, acotados como mucho por fechas, una
columna SALDO muestra su saldo justo después de cada movimiento (en la moneda
del movimiento): todos sus movimientos hasta ese, sean cuales sean las fechas
mostradas. Con cualquier otro filtro no hay saldo acumulado.

Muestra una página de los movimientos que coinciden, del más reciente al más
antiguo; luego los totales de todos los que coinciden (no solo de la página)
por moneda, y "Se muestran X de TOTAL". Las entradas son los aportes y las
salidas los desembolsos y las comisiones; una reversión resta del lado de lo
que revierte. Los ajustes no son ni lo uno ni lo otro: se muestran aparte. Una
transferencia cuenta en los totales solo cuando la vista está filtrada a una de
sus cuentas o de sus fondos.

CONCILIADO dice "sí" de un movimiento que marcó una conciliación: con --account,
en el estado de cuenta de esa cuenta; si no, en el de cada cuenta que mueve (una
transferencia entre dos cuentas, cuando ambos la mostraron).

--csv ARCHIVO escribe todos los movimientos que coinciden (no una página) en un
archivo CSV nuevo, nunca sobre uno que ya existe. El archivo no está cifrado a
menos que --encrypt-to DESTINATARIO lo cifre con age (age -d -i ARCHIVO-DE-CLAVE
lo abre), o que --passphrase lo cierre con seis palabras hechas en ese momento y
mostradas una vez (age -d las pide; con --json son su "passphrase").

--json muestra {fields} (los movimientos de ledger.list,
cada uno con "balanceAfter" o null y "cleared", el total y los totales
de ledger.summarise); con --csv, {csvFields};
los montos son unidades menores enteras (centavos) de la "currency" de cada
movimiento.`,
  'cli.entryList.flag.account': 'Solo movimientos que entran o salen de esta cuenta.',
  'cli.entryList.flag.fund': 'Solo movimientos que entran o salen de este fondo (nombre o número).',
  'cli.entries.heading.balance': 'SALDO',
  'cli.entries.heading.cleared': 'CONCILIADO',
  'cli.entryList.flag.category': 'Solo movimientos de esta categoría.',
  'cli.entryList.flag.kind': 'Solo movimientos de este tipo (vea arriba).',
  'cli.entryList.flag.recipient': 'Solo movimientos con este código de destinatario.',
  'cli.fundAdd.summary': 'Crear un fondo: dinero apartado para un propósito.',
  'cli.fundAdd.description': `Cada movimiento pertenece a un fondo; sin --fund es el fondo general. Un fondo
restringido (un fondo de fianzas, el destino que fijó un donante) solo se puede
gastar en su propósito y nunca por debajo de cero: un desembolso que lo dejaría
por debajo de cero se rechaza indicando cuánto tiene. El dinero pasa de un
fondo a otro con "mutual-ledger record transfer --fund A --to-fund B".

--json muestra el fondo (funds.add):
{fields}.`,
  'cli.fundAdd.flag.name': 'Su nombre, por ejemplo "Fondo de fianzas".',
  'cli.fundList.summary': 'Todos los fondos, restringidos o no, con su saldo por moneda.',
  'cli.fundList.description': `Primero el fondo general. Al pie, lo que los fondos tienen juntos, una línea por
moneda: el dinero disponible, por propósito. --json muestra los fondos
(funds.list), cada uno con sus saldos, "archived" y "formerNames":
{fields};
los montos son unidades menores enteras (centavos).`,
  'cli.init.summary': 'Crear una bóveda; mostrar su código de recuperación, una sola vez.',
  'cli.init.description': `Puede que la carpeta todavía no exista; si existe, debe estar vacía. La frase de
contraseña viene de --passphrase-file o de $MUTUAL_LEDGER_PASSPHRASE (las
mismas fuentes con que abre cada comando posterior), o de --new-passphrase-file
o de $MUTUAL_LEDGER_NEW_PASSPHRASE, o se pide dos veces en una terminal. Una
frase débil se rechaza indicando el motivo.

El código de recuperación abre la bóveda si se pierde la frase de contraseña.
Se muestra esta única vez: escríbalo en papel y guárdelo lejos de la laptop.

--json muestra {fields}.`,
  'cli.keySlotsBackup.summary': 'Guardar una copia de key-slots.json, por si se daña la de la bóveda.',
  'cli.keySlotsBackup.description': `Abra la bóveda como siempre; luego se copia key-slots.json en --copy-to FILE
(un archivo nuevo, fuera de la carpeta de la bóveda; no se sobrescribe nada).
Sin key-slots.json nadie puede abrir el libro, ni siquiera con la frase de
contraseña correcta: guarde la copia lejos de la laptop, por ejemplo en una
memoria USB guardada en otro lugar.

La copia es delicada: con ella, la frase de contraseña (o el código de
recuperación) con que se hizo abre el libro tal como estaba la última vez que
cambió la clave de la bóveda. Alguien que más tarde conozca una frase vieja y
tenga una copia vieja de la carpeta de la bóveda puede leer ese libro viejo.
Después de un cambio de clave (rekey, cotesorero quitado o reemplazado) las
copias anteriores ya no abren el libro: guarde una nueva.

--json muestra {fields}.`,
  'cli.passphraseChange.summary': 'Cambiar la frase de contraseña con que abre.',
  'cli.passphraseChange.description': `Abra con la frase de contraseña actual; el espacio de clave que abre (tesorero o
cotesorero) recibe la nueva, con un par de claves nuevo. Si abre con el código
de recuperación, se fija una nueva frase de tesorero, para cuando se perdió la
anterior. La nueva frase viene de --new-passphrase-file o de
$MUTUAL_LEDGER_NEW_PASSPHRASE, o se pide dos veces en una terminal; una débil
se rechaza indicando el motivo.

La clave del libro no cambia: la frase anterior ya no abre esta bóveda, pero
una copia de la carpeta de la bóveda hecha antes de hoy todavía se abre con
ella. Agregue --rekey para cambiar también la clave de la bóveda (vea
\`mutual-ledger rekey --help\`).

--json muestra {fields}, y con --rekey también "rekey".`,
  'cli.passphraseRemoveCoTreasurer.summary': 'Quitar la frase del cotesorero y cambiar la clave de la bóveda.',
  'cli.passphraseRemoveCoTreasurer.description': `Abra la bóveda como siempre; la frase de contraseña (o el código de
recuperación) con que abrió también confirma la eliminación. Se quita el espacio
de clave del cotesorero y el libro se vuelve a cifrar con una clave nueva, así
que la frase del cotesorero no abre nada, ni siquiera con una copia vieja de
key-slots.json.

--json muestra {fields}.`,
  'cli.passphraseSetCoTreasurer.summary': 'Agregar o reemplazar la frase del cotesorero (cambia la clave al reemplazarla).',
  'cli.passphraseSetCoTreasurer.description': `Abra la bóveda como siempre; la frase de contraseña (o el código de
recuperación) con que abrió también confirma el cambio, y una equivocada cuenta
para la espera entre intentos. Luego la frase del cotesorero viene de
--new-passphrase-file o de $MUTUAL_LEDGER_NEW_PASSPHRASE, o se pide dos veces
en una terminal (deje que la escriba esa persona). Una débil se rechaza
indicando el motivo.

Reemplazar una frase de cotesorero que ya existe también cambia la clave de la
bóveda: el libro se vuelve a cifrar, así que la frase anterior del cotesorero
no abre nada, ni siquiera con una copia vieja de key-slots.json.

--json muestra {fields}.`,
  'cli.record.summary': 'Registrar un aporte, desembolso, transferencia, comisión o ajuste.',
  'cli.record.description': `KIND es uno de estos:
  contribution   aporte: dinero que entra a --account
  disbursement   desembolso: dinero que sale de --account (a un destinatario:
                 indique --recipient CODE, o se genera un código seudónimo)
  transfer       transferencia: dinero del grupo que pasa de --account a
                 --to-account, y/o de --fund a --to-fund
  fee            comisión de una plataforma cobrada de --account
  adjustment     ajuste: una corrección del saldo: --direction in u out

El monto se escribe como se lee, en la moneda de la cuenta: 1.200,50 o 75
(nunca con signo menos; el tipo dice hacia dónde va el dinero). Un monto que la
moneda no admite (12,345 en USD) o que no es un monto es un error de uso
(salida 2). El movimiento lleva la fecha --date (por omisión, hoy); no puede
estar en el futuro.

Se rechaza con salida 1, sin escribir nada: pagar desde una cuenta congelada o
cerrada (el mensaje nombra las cuentas que podrían pagar en su lugar), gastar
un fondo restringido por debajo de cero (el mensaje dice cuánto tiene), una
categoría desconocida, una fecha futura. En el libro solo se agrega: para
corregir un movimiento, use "mutual-ledger reverse ID".

--json muestra el movimiento (ledger.record) con "recipientCodeGenerated"; los
montos son unidades menores enteras (centavos) de su "currency".`,
  'cli.record.flag.date': 'El día en que ocurrió, YYYY-MM-DD (por omisión, hoy).',
  'cli.record.flag.recipient': 'Entrada o salida: un código seudónimo como R-7KQ2MX.',
  'cli.rekey.summary': 'Cambiar la clave de la bóveda, para que las copias viejas de la carpeta dejen de abrirse.',
  'cli.rekey.description': `Abra la bóveda como siempre; la frase de contraseña (o el código de
recuperación) con que abrió también confirma el cambio. El libro se vuelve a
cifrar con una clave aleatoria nueva y cada espacio de clave se vuelve a sellar
con ella; ninguna frase cambia. Después, ninguna copia de key-slots.json (ni de
la carpeta de la bóveda) hecha antes de ahora abre el libro de hoy, sea cual
sea la frase con que se hizo. Un fallo a mitad de camino deja la bóveda vieja o
la nueva, nunca ninguna.

Un código de recuperación hecho con la versión 1 del formato de la bóveda no se
puede pasar a la clave nueva sin él: entonces se muestra un código de
recuperación nuevo, una sola vez.

--json muestra {fields}.`,
  'cli.reverse.summary': 'Corregir un movimiento registrando exactamente su opuesto.',
  'cli.reverse.description': `En el libro solo se agrega: nada se edita ni se borra. Un error se corrige con
un movimiento nuevo, con fecha de hoy, que deshace exactamente el movimiento ID
y queda enlazado a él (luego registre el movimiento correcto, si lo hay). Con
--date lleva esa fecha, desde la del propio movimiento en adelante: con la fecha
del movimiento, la corrección cae en el mes del error. Un movimiento se puede
revertir una vez; una segunda vez se rechaza (salida 1), y también revertir una
corrección.

--json muestra el movimiento nuevo (ledger.reverse); los montos son unidades
menores enteras (centavos).`,
  'cli.reverse.flag.memo': 'Por qué se corrige (por omisión: "Reverses #ID").',
  'cli.reverse.flag.date': 'La fecha de la corrección (por omisión hoy; no anterior a la del movimiento).',
  'cli.status.summary': 'Desbloquear, mostrar los datos de la bóveda y volver a bloquearla.',
  'cli.status.description': `Muestra la ubicación, la fecha de creación, la versión del formato, cada espacio
de clave (tipo, último cambio, memoria, iteraciones y paralelismo de Argon2id),
la huella de la clave del grupo, si TOTP está activado y cuántos códigos de
respaldo quedan, el tiempo de bloqueo automático, y del libro: la cantidad de
movimientos, su ancla (E:F:HASH, que cubre los movimientos y los hechos:
anótela, o guárdela fuera de la bóveda, y más tarde "verify --expect-head"
prueba que el libro no se recortó ni se reescribió desde entonces) y las
cabezas de sus dos cadenas, y la última copia de seguridad y cada cuánto se
recuerda al grupo hacer una. Luego vuelve a bloquear la bóveda.

Avisa cuando la carpeta de la bóveda está abierta a otros usuarios de esta
computadora (cualquier permiso más amplio que 0700 para la carpeta, 0600 para
un archivo dentro). Abrir la bóveda la vuelve privada; el aviso dice qué se
encontró.

--json muestra el objeto de datos de la bóveda del contrato (vault.details),
con "ledger": {ledgerFields} (ledger.head),
"backup": {backupFields} (backup.status)
y "fileModeWarnings": {modeFields} (vacío cuando todo es
privado).`,
  'cli.totpDisable.summary': 'Desactivar TOTP (pide la frase de contraseña o el código de recuperación).',
  'cli.totpDisable.description': `Abra con la frase de contraseña (o el código de recuperación) y un código TOTP
o de respaldo; el mismo secreto confirma luego la desactivación de TOTP, y
cuenta como un intento de apertura. Después, la frase de contraseña sola abre
la bóveda.

--json muestra {fields}.`,
  'cli.totpEnroll.summary': 'Activar TOTP: código QR y luego códigos de respaldo.',
  'cli.totpEnroll.description': `Abra la bóveda como siempre; luego el nuevo secreto TOTP se muestra como código
QR (en una terminal), como clave para escribir a mano y como URI otpauth://.
TOTP entra en vigor solo cuando un código de la aplicación de autenticación lo
confirma. En una terminal se pide el código (otra vez si es incorrecto; Ctrl-C
abandona y no cambia nada). Si no, se lee como UNA LÍNEA DE LA ENTRADA
ESTÁNDAR: un script lee el secreto de la salida estándar, calcula el código
(por ejemplo, oathtool --totp -b SECRET) y lo escribe en la entrada estándar.
El secreto pendiente vive solo en este proceso, así que las dos cosas ocurren
en la misma ejecución.

Si todo sale bien, se muestran los códigos de respaldo, una sola vez: cada uno
abre la barrera TOTP una vez, para cuando se pierde el teléfono. Guárdelos en
papel, lejos de la laptop.

TOTP es una barrera de la aplicación, no cifrado: la frase de contraseña
protege los datos.

--json muestra dos líneas JSON: {secretFields} en cuanto existe el
secreto, y luego {codesFields} cuando se acepta el código.`,
  'cli.record.kindExpected': 'uno de estos: {kinds}',
  'cli.reverse.idExpected': 'el número del movimiento que se corrige, como lo muestra "mutual-ledger list"',
  'cli.paymentAccountFlag': 'La cuenta de pago, por nombre (en mayúsculas o minúsculas) o por número.',
  'cli.accountRename.summary': 'Dar un nombre nuevo a una cuenta; sus movimientos siguen apuntando a ella.',
  'cli.accountRename.description': `Los movimientos nombran su cuenta por número, así que cambiar el nombre no
cambia ningún movimiento ni ningún hash; el historial de la cuenta conserva el
nombre anterior ("account list --json" muestra formerNames). El nombre nuevo no
puede ser el de otra cuenta, en mayúsculas o minúsculas.

--json imprime la cuenta (accounts.rename), como la muestra "account list".`,
  'cli.accountArchive.summary': 'Archivar una cuenta vacía, o restaurarla con --restore.',
  'cli.accountArchive.description': `Una cuenta archivada no aparece en el formulario de movimientos de la app y
rechaza movimientos nuevos (registrados, revertidos o importados), mientras su
historial y los informes la conservan. Solo se puede archivar una cuenta que no
tiene nada: saque el dinero primero. --restore la vuelve a poner en uso.

--json imprime la cuenta (accounts.archive), con "archived".`,
  'cli.fundRename.summary': 'Dar un nombre nuevo a un fondo; sus movimientos siguen apuntando a él.',
  'cli.fundRename.description': `Los movimientos nombran su fondo por número, así que cambiar el nombre no
cambia ningún movimiento ni ningún hash; el historial del fondo conserva el
nombre anterior ("fund list --json" muestra formerNames). También se puede
cambiar el nombre del fondo general.

--json imprime el fondo (funds.rename), como lo muestra "fund list".`,
  'cli.fundArchive.summary': 'Archivar un fondo vacío, o restaurarlo con --restore.',
  'cli.fundArchive.description': `Un fondo archivado no aparece en el formulario de movimientos de la app y
rechaza movimientos nuevos, mientras su historial y los informes lo conservan:
un fondo creado por un error de teclado se puede archivar enseguida. Solo se
puede archivar un fondo que no tiene nada; el fondo general no. --restore lo
vuelve a poner en uso.

--json imprime el fondo (funds.archive), con "archived".`,
  'cli.rename.flag.name': 'El nombre nuevo.',
  'cli.fundFlag': 'El fondo, por nombre (en mayúsculas o minúsculas) o número.',
  'cli.rename.done': '#{id} «{from}» ahora se llama «{to}».',
  'cli.archive.archived': '#{id} «{name}» está archivado: no admite movimientos nuevos hasta que se restaure (--restore).',
  'cli.archive.restored': '#{id} «{name}» está restaurado y vuelve a admitir movimientos.',
  'cli.accountList.archived': 'archivada',
  'cli.fundList.archived': '{name} (archivado)',
  'cli.accountAdd.notACurrency': '--currency «{currency}» no es un código de moneda ISO 4217 como USD o EUR.',
  'cli.accountAdd.label.kind': 'Tipo',
  'cli.accountAdd.label.currency': 'Moneda',
  'cli.accountAdd.label.handle': 'Identificador',
  'cli.accountAdd.label.heldBy': 'Titular',
  'cli.accountAdd.label.mfa': 'MFA',
  'cli.accountAdd.label.status': 'Estado',
  'cli.accountAdd.noHandle': '(ninguno)',
  'cli.accountAdd.heldByMember': 'un miembro (cuenta personal)',
  'cli.accountAdd.heldByGroup': 'el grupo',
  'cli.accountAdd.mfaOn': 'activado',
  'cli.accountAdd.mfaOff': 'desactivado: actívelo en la plataforma si lo ofrece',
  'cli.accountAdd.tie.heldByMember': 'la tiene un miembro',
  'cli.accountAdd.tie.personalPhone': 'un teléfono personal',
  'cli.accountAdd.tie.personalName': 'un nombre personal',
  'cli.accountAdd.tie.personalCard': 'una tarjeta personal',
  'cli.accountAdd.flagged': 'Señalada: ligada a un miembro ({ties}). Sus registros pueden llevar a esa\npersona; pase el dinero del grupo a una cuenta a nombre del grupo cuando pueda.',
  'cli.accountAdd.added': 'Se agregó la cuenta de pago #{id} «{name}».',
  'cli.accountList.heading.name': 'NOMBRE',
  'cli.accountList.heading.kind': 'TIPO',
  'cli.accountList.heading.currency': 'MON',
  'cli.accountList.heading.balance': 'SALDO',
  'cli.accountList.heading.status': 'ESTADO',
  'cli.accountList.heading.flags': 'SEÑALES',
  'cli.accountList.heading.lastReconciled': 'ÚLTIMA CONCILIACIÓN',
  'cli.accountList.none': 'Todavía no hay cuentas de pago. Agregue una con:\n  mutual-ledger account add --vault DIR --name NAME --kind KIND --currency USD',
  'cli.warning': 'Atención: {warning}',
  'cli.notice': 'Nota: {notice}',
  'cli.onHand.total': 'Dinero disponible',
  'cli.onHand.inFrozen': 'de eso, {amount} en cuentas congeladas',
  'cli.accountList.statusSince': '{status} desde el {since}',
  'cli.accountList.frozenFor': '{since} ({days, plural, one {# día} other {# días}})',
  'cli.accountList.frozenHolding': '{since} ({days, plural, one {# día} other {# días}}, retenidos {held})',
  'cli.accountList.tiedToMember': 'ligada a un miembro',
  'cli.accountList.noMfa': 'sin MFA',
  'cli.accountList.neverReconciled': 'nunca',
  'cli.accountList.matched': '{date}, coincide',
  'cli.accountList.offBy': '{date}, diferencia de {difference}',
  'cli.reconcile.statementBalance': 'Saldo del estado de cuenta',
  'cli.reconcile.ledgerBalance': 'Saldo del libro',
  'cli.reconcile.previousBalance': 'Conciliado en la última conciliación ({date})',
  'cli.reconcile.previousNone': 'Conciliado antes (aún ninguna conciliación)',
  'cli.reconcile.clearedBalance': 'Saldo conciliado',
  'cli.reconcile.difference': 'Diferencia',
  'cli.reconcile.noDifference': 'ninguna: los movimientos conciliados coinciden con el estado de cuenta',
  'cli.reconcile.statementShowsMore': '{difference} (el estado de cuenta muestra más que los movimientos conciliados)',
  'cli.reconcile.statementShowsLess': '{difference} (el estado de cuenta muestra menos que los movimientos conciliados)',
  'cli.reconcile.recorded': 'Registrada.',
  'cli.reconcile.notRecorded': 'No se registró (--dry-run).',
  'cli.reconcile.heading': '{name} (#{id}), estado de cuenta del {date}',
  'cli.reconcile.noEntries': 'No hay movimientos por marcar hasta el {date}.',
  'cli.reconcile.entries': '{count, plural, one {# movimiento} other {# movimientos}} sin conciliar, hasta el {date}:',
  'cli.reconcile.heading.cleared': 'Conciliado',
  'cli.reconcile.clearedMark': 'sí',
  'cli.reconcile.differenceRecorded': 'La diferencia queda registrada como el movimiento #{seq}, con fecha del {date}, y conciliada con los demás.',
  'cli.reconcile.leftForNext': '{count, plural, one {# movimiento queda} other {# movimientos quedan}} para la próxima conciliación.',
  'cli.accountStatus.changed': '{name} está {status} desde el {since}: {reason}',
  'cli.accountStatus.balance': 'Saldo: {balance}',
  'cli.accountStatus.heldAtFreeze': 'Retenido al congelarse: {held}. Se rechazan los desembolsos desde ella hasta que vuelva a estar activa.',
  'cli.accountStatus.closedRefuses': 'Rechaza nuevos desembolsos y aportes.',
  'cli.accountStatus.historyHeading': '{name} (#{id}) está {status} desde el {since}.',
  'cli.accountStatus.noChanges': 'Sin cambios de estado: activa desde que se registró.',
  'cli.accountStatus.heading.date': 'FECHA',
  'cli.accountStatus.heading.status': 'ESTADO',
  'cli.accountStatus.heading.balanceHeld': 'SALDO RETENIDO',
  'cli.accountStatus.heading.reason': 'MOTIVO',
  'cli.autoLock.badMinutes': 'Indique --minutes N, un número entero de 1 a 1440.',
  'cli.saved': 'Guardado.',
  'cli.balance.noAccounts': 'Todavía no hay cuentas de pago, así que no hay dinero que contar.',
  'cli.balance.heading.account': 'CUENTA',
  'cli.balance.heading.currency': 'MON',
  'cli.balance.heading.balance': 'SALDO',
  'cli.balance.heading.fund': 'FONDO',
  'cli.balance.heading.total': 'DISPONIBLE',
  'cli.balance.restricted': '{name} (restringido)',
  'cli.balance.fundEmpty': 'nada todavía',
  'cli.balance.nothingYet': 'Nada todavía.',
  'cli.categoryAdd.added': 'Se agregó la categoría «{name}».',
  'cli.categoryList.groupsOwn': '{name} (propia del grupo)',
  'cli.categoryRename.done': 'La categoría «{from}» ahora se llama «{to}». Sus movimientos conservan el nombre con que se registraron, que todavía la encuentra.',
  'cli.categoryList.groupsOwnFormerly': '{name} (propia del grupo, antes {former})',
  'cli.earliestDate.current': 'Los movimientos pueden tener fecha desde el {date}.',
  'cli.earliestDate.saved': 'Guardado. Los movimientos ahora pueden tener fecha desde el {date}.',
  'cli.entryList.fromAfterTo': '--from {from} es posterior a --to {to}.',
  'cli.entryList.includesShredded': 'Los totales incluyen el dinero de meses cuyos movimientos destruyó el plan de conservación; esos movimientos ya no aparecen en la lista.',
  'cli.entryList.noneMatch': 'Ningún movimiento coincide.',
  'cli.entryList.showing': 'Se muestran {shown, number} de {total, plural, one {# movimiento} other {# movimientos}}, del más reciente al más antiguo.',
  'cli.entryList.showingAfterSkipping': 'Se muestran {shown, number} de {total, plural, one {# movimiento} other {# movimientos}}, del más reciente al más antiguo, tras saltar {skipped, number}.',
  'cli.entryList.nextPage': 'Página siguiente: --offset {offset}',
  'cli.fundAdd.added': 'Se agregó el fondo #{id} «{name}».',
  'cli.fundAdd.restricted': 'Restringido: solo se puede gastar en su propósito, nunca por debajo de cero.',
  'cli.fundAdd.unrestricted': 'Sin restricción.',
  'cli.fundAdd.purpose': 'Propósito: {purpose}',
  'cli.fundList.heading.name': 'NOMBRE',
  'cli.fundList.heading.restricted': 'RESTRINGIDO',
  'cli.fundList.heading.balance': 'SALDO',
  'cli.fundList.heading.purpose': 'PROPÓSITO',
  'cli.fundList.yes': 'sí',
  'cli.fundList.no': 'no',
  'cli.init.vaultExists': 'Ya hay una bóveda en {folder}.',
  'cli.init.created': `Se creó la bóveda en {folder}

Código de recuperación, que se muestra solo esta vez:

    {recoveryCode}

Anótelo ahora en papel y guárdelo lejos de esta laptop. Quien lo tenga puede
abrir la bóveda, así que cuídelo como la frase de contraseña.

Huella de la clave del grupo: {fingerprint}

Ahora, active TOTP:  mutual-ledger totp enroll --vault {folder}

Después, elija cuánto tiempo se guardan los registros. No se destruye nada hasta
que lo haga; el plan recomendado guarda las notas 90 días, los recibos y los
códigos de destinatario 12 meses, y los movimientos completos 24 meses:
mutual-ledger retention set --recommended --vault {folder}`,
  'cli.keySlotsBackup.noTarget': 'Indique dónde guardar la copia: --copy-to FILE.',
  'cli.keySlotsBackup.saved':
    'Se guardó una copia de los espacios de clave en {path}. Abre la bóveda con la frase de contraseña o el código de recuperación de hoy: guárdela con tanto cuidado como la hoja de recuperación, lejos de esta laptop.',
  'cli.passphraseChange.treasurerChanged': 'Se cambió la frase de contraseña del tesorero.',
  'cli.passphraseChange.coTreasurerChanged': 'Se cambió la frase de contraseña del cotesorero.',
  'cli.passphraseChange.changedAndRekeyed': '{changed} La frase anterior ya no abre esta bóveda.',
  'cli.coTreasurer.removed': 'Se quitó el espacio de clave del cotesorero.',
  'cli.coTreasurer.replaced': 'Se reemplazó la frase de contraseña del cotesorero. La anterior ya no abre la bóveda.',
  'cli.coTreasurer.set': 'Se fijó la frase de contraseña del cotesorero.',
  'cli.rekey.done': 'Hecho.',
  'cli.totpDisable.done': 'TOTP está desactivado. Ahora la frase de contraseña sola abre la bóveda.',
  'cli.record.recorded': 'Se registró el movimiento #{seq}.',
  'cli.record.flagNotForKind': 'Un movimiento de tipo {kind} no acepta {flag}. Vea: mutual-ledger record --help',
  'cli.record.transferNeedsToAccount': 'Una transferencia necesita --to-account ACCOUNT (la misma cuenta que --account cuando solo cambia el fondo).',
  'cli.record.adjustmentNeedsDirection': 'Un ajuste necesita --direction in (suma a la cuenta) o --direction out (resta de ella).',
  'cli.reverse.recorded': 'Se registró el movimiento #{seq}, que revierte el #{reversed}.',
  'cli.totpEnroll.readingStdin': 'Leyendo el código de la entrada estándar…',
  'cli.totpEnroll.codePrompt': 'Código de la aplicación de autenticación:',
  'cli.totpEnroll.tryAgain': '{problem} Inténtelo de nuevo, o pulse Ctrl-C para abandonar.',
  'cli.totpEnroll.noCodeOnStdin': 'No llegó ningún código de confirmación por la entrada estándar: TOTP no se activó.',
  'cli.totpEnroll.scan': 'Escanee este código QR con una aplicación de autenticación:',
  'cli.totpEnroll.key': 'Clave para escribir a mano:',
  'cli.totpEnroll.uri': 'URI otpauth:',
  'cli.totpEnroll.gateNotEncryption': 'TOTP es una barrera de la aplicación, no cifrado: la frase de contraseña protege los datos.',
  'cli.totpEnroll.on': 'TOTP está activado. Ahora, para abrir, se pide un código después de la frase de contraseña.',
  'cli.totpEnroll.backupCodes':
    'Códigos de respaldo, que se muestran solo esta vez. Cada uno abre la barrera TOTP una\nvez, para cuando se pierde el teléfono. Anótelos y guárdelos lejos de esta laptop:',
} satisfies Translation<typeof english>;
