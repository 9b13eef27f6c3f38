import type { Translation } from '../translation.ts';
import type { ledger as english } from '../en/ledger.ts';

export const ledger = {
  'ledger.kind.contribution': 'aporte',
  'ledger.kind.disbursement': 'desembolso',
  'ledger.kind.transfer': 'transferencia',
  'ledger.kind.fee': 'comisión',
  'ledger.kind.adjustment': 'ajuste',

  'ledger.entryNotFound': 'No hay ningún movimiento #{seq}.',
  'ledger.categoryTaken': 'Ya hay una categoría llamada «{name}».',
  'ledger.unknownCategory': 'No hay ninguna categoría «{category}». Agréguela primero o elija otra.',
  'ledger.categoryFirstName': '«{name}» es como se llamó primero «{shown}»: sus movimientos aún llevan ese nombre. Elija otro.',
  'ledger.categorySameName': 'La categoría ya se llama «{name}».',
  'ledger.builtInCategoryFixed':
    '«{name}» es una de las categorías incorporadas: su nombre viene con la aplicación, en cada idioma, y no se puede cambiar. Agregue en su lugar una categoría propia del grupo.',
  'ledger.accountArchived': '{account} está archivada. Restáurela en la pantalla de Cuentas antes de registrar dinero en ella.',
  'ledger.fundArchived': 'El fondo «{fund}» está archivado. Restáurelo en la pantalla de Fondos antes de registrar dinero en él.',
  'ledger.transferNeedsToAccount': 'Una transferencia necesita la cuenta a la que va el dinero.',
  'ledger.onlyTransferHasSecond':
    '{kind, select, contribution {Un aporte} disbursement {Un desembolso} fee {Una comisión} adjustment {Un ajuste} other {Este movimiento}} no tiene segunda cuenta ni segundo fondo. Solo una transferencia lleva dinero a otra cuenta o a otro fondo.',
  'ledger.adjustmentNeedsDirection': 'Indique si el ajuste agrega dinero a la cuenta o lo saca.',
  'ledger.onlyAdjustmentHasDirection':
    '{kind, select, contribution {Un aporte} disbursement {Un desembolso} transfer {Una transferencia} fee {Una comisión} other {Este movimiento}} no tiene dirección: el tipo de movimiento indica hacia dónde va el dinero. Solo un ajuste la tiene.',
  'ledger.transferHasNoCategory': 'Una transferencia mueve el dinero propio del grupo y no tiene categoría.',
  'ledger.onlyRecipientKindsHaveCode':
    '{kind, select, transfer {Una transferencia} fee {Una comisión} adjustment {Un ajuste} other {Este movimiento}} no tiene código de destinatario. Solo los aportes y los desembolsos lo tienen.',
  'ledger.transferCurrencies': '{from} tiene {fromCurrency} y {to} tiene {toCurrency}: una transferencia se hace en una sola moneda.',
  'ledger.transferGoesNowhere': 'Una transferencia debe mover dinero a otra cuenta o a otro fondo.',
  'ledger.flowTooLarge': 'Este movimiento llevaría el dinero registrado en {currency} a más de {largest} en total, más de lo que el libro puede sumar con exactitud. Revise el monto.',
  'ledger.receiptEmpty': 'El archivo del recibo está vacío.',
  'ledger.receiptTooLarge': 'Un recibo puede tener como máximo 5 MiB.',
  'ledger.receiptWrongType': 'El contenido del recibo no corresponde a su tipo ({mediaType}).',
  'ledger.noReceipt': 'El movimiento #{seq} no tiene recibo.',
  'ledger.reversingACorrection': 'El movimiento #{seq} ya es una corrección del #{corrected}. Registre un movimiento nuevo en lugar de revertirlo.',
  'ledger.alreadyReversed': 'El movimiento #{seq} ya fue revertido por el movimiento #{reversal}.',
  'ledger.monthNotBegun': 'Un informe abarca este mes hasta hoy o un mes anterior: {month} todavía no ha empezado.',
  'ledger.reversalBeforeOriginal': 'Una corrección no puede tener fecha anterior al movimiento que corrige: el #{seq} tiene fecha {date}. Póngale esa fecha o una posterior.',
  'ledger.datedInFuture': '{dated, select, entry {Un movimiento} statusChange {Un cambio de estado} other {Un estado de cuenta}} no puede tener una fecha futura.',
  'ledger.datedTooEarly':
    '{dated, select, entry {Un movimiento} statusChange {Un cambio de estado} other {Un estado de cuenta}} no puede tener una fecha anterior al {earliest}, la fecha más antigua que acepta esta bóveda. Si esa fecha es correcta, primero fije una fecha más antigua en la configuración de la bóveda.',
  'ledger.datedInSealedMonth':
    '{dated, select, entry {Un movimiento} statusChange {Un cambio de estado} other {Un estado de cuenta}} no puede tener una fecha anterior al {firstOpen}: el plan de conservación destruyó los movimientos de los meses anteriores y selló sus totales.',
  'ledger.earliestDateSealed': 'Los meses anteriores al {firstOpen} están sellados por el plan de conservación; la fecha más antigua puede ser, como mínimo, el {firstOpen}.',
  'ledger.entryShredded': 'El movimiento #{seq} fue destruido por el plan de conservación: solo queda su lugar en la cadena.',
  'ledger.earliestDateInFuture': 'La fecha más antigua no puede estar en el futuro.',
  'ledger.earliestDateTooEarly': 'La fecha más antigua puede ser, como mínimo, el {lowest}.',
  'ledger.earliestDateAfterHistory': 'El libro ya tiene algo con fecha del {oldest}; la fecha más antigua puede ser, como máximo, ese día.',
  'ledger.nothingSaved': 'No se guardó nada.',

  'ledger.check.ok': 'ok',
  'ledger.check.notAsked': 'no se pidió',
  'ledger.check.sqliteReport': 'SQLite informa: {report}',
  'ledger.check.entryMissing': 'falta el movimiento #{seq}',
  'ledger.check.contentAltered': 'su contenido no coincide con su hash de contenido: fue alterado después de registrarse',
  'ledger.check.receiptMissingOrAdded': 'falta su recibo o se agregó después',
  'ledger.check.receiptAltered': 'su recibo fue alterado',
  'ledger.check.entryLinkBroken': 'su hash de cadena no se deriva del movimiento anterior',
  'ledger.check.monthlyTotalsDiffer': 'los totales mensuales de la cuenta #{accountId} para {month} no coinciden con sus movimientos',
  'ledger.check.monthlyTotalsNotChecked': 'no se revisaron: la cadena está rota',
  'ledger.check.atFact': 'hecho #{seq}: {problem}',
  'ledger.check.factMissing': 'falta el hecho #{seq}',
  'ledger.check.factLinkBroken': 'su hash de cadena no se deriva del hecho anterior',
  'ledger.check.rowNotAsRecorded': '{row} no coincide con lo que registran sus hechos encadenados: se agregó o se alteró a espaldas de la aplicación',
  'ledger.check.rowGone': '{row}, que figura en los hechos encadenados, falta o cambió: se borró o se cambió a espaldas de la aplicación',
  'ledger.check.nameKeyAltered': '{row} no se guarda bajo la clave de su propio nombre: se alteró a espaldas de la aplicación',
  'ledger.check.row.sealedMonth': 'el mes sellado {month}',
  'ledger.check.sealedMonthTotalsChanged': 'los totales mensuales de {month}, un mes sellado, no son aquellos con los que se selló',
  'ledger.check.sealedMonthStubs': '{month} se selló con {sealed, plural, one {# movimiento} other {# movimientos}}, pero {stubs, plural, one {queda # resto} other {quedan # restos}} de ellos',
  'ledger.check.stubOutsideSealedMonth': 'el movimiento #{seq} se quitó, pero su mes {month} no está sellado',
  'ledger.check.row.account': 'la cuenta de pago #{id}',
  'ledger.check.row.statusChange': 'el cambio de estado de cuenta #{id}',
  'ledger.check.row.fund': 'el fondo #{id}',
  'ledger.check.row.category': 'la categoría «{name}»',
  'ledger.check.row.reconciliation': 'la conciliación #{id}',
  'ledger.check.row.reconciliationCleared': 'los movimientos que marcó como conciliados la conciliación #{id}',
  'ledger.check.chainCutOff':
    '{chain, select, facts {La cadena de hechos termina en {end}, antes del hecho #{seq} anotado: desde entonces se eliminaron hechos del final.} other {La cadena de movimientos termina en {end}, antes del movimiento #{seq} anotado: desde entonces se eliminaron movimientos del final.}}',
  'ledger.check.chainEnd': '#{seq}',
  'ledger.check.chainEmpty': 'su inicio',
  'ledger.check.chainRewritten':
    '{chain, select, facts {El hecho #{seq} ya no tiene el hash de cadena anotado: desde entonces se reescribieron los hechos hasta él.} other {El movimiento #{seq} ya no tiene el hash de cadena anotado: desde entonces se reescribieron los movimientos hasta él.}}',
  'ledger.check.anchorEntryGone': 'El libro ya no tiene el movimiento #{seq}, que cubre el ancla anotada: desde entonces se eliminaron movimientos del final.',
  'ledger.check.anchorFactGone': 'El libro ya no tiene el hecho #{seq}, que cubre el ancla anotada: desde entonces se eliminaron hechos del final.',
  'ledger.check.anchorRewritten':
    'El libro ya no coincide con el ancla anotada: desde entonces se reescribieron sus movimientos o sus hechos (cuentas, congelamientos, fondos, conciliaciones) hasta ella.',
  'ledger.check.andAlso': '{first} {next}',

  'ledger.check.brokenAt': 'El libro está roto en el movimiento #{seq}: {problem}',
  'ledger.check.integrityFailed': 'La base de datos no pasa su revisión de integridad. {finding}',
  'ledger.check.factsBroken': 'Los hechos del libro están rotos: {finding}.',
  'ledger.check.headNotExtended': 'El libro no continúa la cabeza anotada. {finding}',
  'ledger.check.monthlyTotalsWrong': 'Los totales mensuales no coinciden con los movimientos: {finding}. Los movimientos en sí están intactos.',
  'ledger.check.notVerified': 'El libro no pasó la verificación.',
  'ledger.check.quickNotPassed': 'El libro no pasó su revisión.',

  'ledger.check.proofTitle': 'Prueba del libro',
  'ledger.check.proofIntro':
    'Cada movimiento está encadenado al anterior, y lo mismo ocurre con las cuentas, los congelamientos, los fondos y las conciliaciones. Anote el ancla, o imprímala, y guárdela lejos de esta computadora: si más adelante revisa el libro contra ella, el libro muestra que desde entonces no se quitó ni se reescribió nada, ni siquiera por alguien que conozca la frase de contraseña.',
  'ledger.check.entriesLabel': 'Movimientos',
  'ledger.check.anchorLabel': 'Ancla',
  'ledger.check.anchorHint': 'El movimiento y el hecho que cubre, y un hash de ambas cadenas: anote esto.',
  'ledger.check.chainHeadLabel': 'Cabeza de la cadena',
  'ledger.check.factsHeadLabel': 'Cabeza de los hechos',
  'ledger.check.noneYet': 'Todavía no hay.',
  'ledger.check.noEntriesYet': 'Todavía no hay: el libro no tiene movimientos.',
  'ledger.check.writtenAnchorLabel': 'Un ancla anotada antes (opcional)',
  'ledger.check.writtenAnchorUnreadable': 'Escriba el ancla tal como la anotó: dos números y el hash de 64 caracteres, separados por dos puntos.',
  'ledger.check.checkButton': 'Revisar el libro',
  'ledger.check.checking': 'Revisando…',
  'ledger.check.notIntact': 'No está intacto. {problem}',
  'ledger.check.intact':
    '{entries, plural, =0 {Todavía no hay movimientos, y} one {El único movimiento y} other {Los # movimientos y}} {facts, plural, one {el único hecho están en orden} other {los # hechos están en orden}}.{anchored, select, yes { El libro todavía continúa lo que se anotó.} other {}}',
  'ledger.check.whatToDo':
    'No se cambió nada para ocultarlo. Guarde una copia de la carpeta de la bóveda tal como está ahora y luego revise el libro contra el ancla que anotó (Bóveda, Prueba del libro). Pida a alguien de confianza que lo mire antes de registrar nada más.',
  'ledger.check.verifyTitle': 'Revisar las cuentas',
  'ledger.check.verifyIntro':
    'Revisa cada movimiento y cada hecho (cuentas, congelamientos, fondos, conciliaciones) contra su cadena de hashes, y los totales mensuales contra los movimientos. Solo lee: no cambia nada.',
  'ledger.check.verifyButton': 'Verificar el libro',

  'ledger.check.unlockFoundProblem': 'La revisión al abrir la bóveda encontró un problema.',
  'ledger.check.unlockAdvice': 'No se cambiará nada para ocultarlo. Haga la revisión completa contra el ancla que anotó y guarde una copia de la carpeta de la bóveda tal como está ahora.',
  'ledger.check.openProof': 'Abrir la prueba del libro',

  'ledger.check.quickWithHead': '--quick revisa solo los movimientos más recientes; una cabeza anotada necesita el recorrido completo. Quite --quick.',
  'ledger.check.quickOk':
    'OK: se revisaron {entries, plural, one {el movimiento más reciente} other {los # movimientos más recientes}} y {facts, plural, one {# hecho} other {# hechos}}; ambas cadenas de hash están intactas ahí. verify sin --quick recorre todos los movimientos.',
  'ledger.check.quickNotOk': 'NO OK: falló la revisión al abrir la bóveda.',
  'ledger.check.verifiedOk':
    'OK: se revisaron {entries, plural, one {# movimiento} other {# movimientos}} y {facts, plural, one {# hecho} other {# hechos}}; ambas cadenas de hash están intactas, integrity_check dice ok y los totales mensuales coinciden.{anchored, select, yes { Todavía continúa la cabeza anotada.} other {}}',
  'ledger.check.verifiedNotOk': 'NO OK: se revisaron {entries, plural, one {# movimiento} other {# movimientos}} y {facts, plural, one {# hecho} other {# hechos}}.',
  'ledger.check.verifiedNotOkBeforeBreak': 'NO OK: se revisaron {entries, plural, one {# movimiento} other {# movimientos}} y {facts, plural, one {# hecho} other {# hechos}} antes del eslabón roto.',
  'ledger.verifyCommand.summary': 'Revisar la integridad del libro y su cadena de hashes.',
  'ledger.verifyCommand.description': `Ejecuta integrity_check de SQLite y luego recorre todos los movimientos en orden,
recalculando su hash de contenido y el hash de cadena que lo une al anterior.
Cualquier movimiento alterado, quitado o insertado a espaldas de la aplicación
rompe la cadena en ese punto. Los movimientos borrados por la retención
conservan sus hashes, así que se siguen verificando. Recalcula los totales
mensuales de los que se leen los saldos y recorre la cadena de hechos: las
cuentas, sus congelamientos, los fondos y sus restricciones, las categorías y
las conciliaciones deben estar exactamente como los registran sus hechos.

Lo que una cadena dentro de la bóveda no puede mostrar por sí sola: movimientos
eliminados del final, o un libro cuyos hashes se recalcularon desde algún
movimiento por alguien que tiene la clave. Para eso, anote (o firme) el ancla
que imprimen "status" y "verify" (E:F:HASH: cubre los movimientos y los hechos),
guárdela fuera de la bóveda y más adelante ejecute verify --expect-head E:F:HASH:
falla a menos que el libro todavía la continúe. --expect-head también acepta
una cabeza de la cadena de movimientos SEQ:HASH, y --expect-facts-head una
cabeza de los hechos, para revisar una sola cadena.

verify --quick hace solo la revisión que la aplicación hace cada vez que se abre
la bóveda: los 1.000 movimientos más recientes, con su hash recalculado y unidos
al anterior, y la cadena de hechos. Tarda milisegundos con cualquier tamaño; el
recorrido completo tarda alrededor de un segundo por cada 100.000 movimientos.
--quick no se puede combinar con una cabeza anotada.

En una terminal, el recorrido completo muestra su avance en una línea de stderr,
que se borra antes del resultado; si la salida va a una tubería o a un archivo,
no muestra nada. Ctrl-C lo detiene y bloquea la bóveda (salida 1, INTERRUPTED);
no se cambia nada.

Imprime OK con la cantidad de movimientos revisados y las cabezas de las cadenas
(salida 0), o el primer problema como línea de error (salida 1).

--json imprime el resultado (ledger.verify): {verifyFields}; con --quick
(ledger.quickCheck): {quickFields}. Cada hallazgo (integrityCheck,
monthlyTotalsCheck, factsCheck, headCheck, firstBrokenLink.problem) es "ok" o lo
que está mal, en palabras; "ok" indica si todo pasó. Cuando no está bien, la
línea de error sigue en stderr.`,
} satisfies Translation<typeof english>;
