import type { Translation } from '../translation.ts';
import type { importCli as english } from '../en/importCli.ts';

export const importCli = {
  'importCli.option.linkedAccount': 'La cuenta del grupo detrás de la plataforma: el banco al que van sus transferencias, o la tarjeta o el banco que pagó cuando no pagó su saldo.',
  'importCli.option.format': 'El formato del extracto: venmo, paypal, cashapp, ofx o csv (se detecta si no se indica).',
  'importCli.option.mapping': 'Leer el CSV de un banco con la correspondencia de columnas guardada como NAME.',
  'importCli.option.bookAnyway': 'Registrar de todos modos estas filas señaladas, por número de línea (por ejemplo 6,14).',
  'importCli.option.contains': 'Las palabras que contiene la nota o la descripción de una fila importada, sin importar mayúsculas.',
  'importCli.option.position': 'En qué lugar del orden va la regla; la 1 se prueba primero.',
  'importCli.option.dateColumn': 'La columna que tiene la fecha, tal como la escribe el encabezado.',
  'importCli.option.dateFormat': 'Cómo se escriben las fechas: YYYY-MM-DD, MM/DD/YYYY, DD/MM/YYYY, DD.MM.YYYY o YYYY/MM/DD.',
  'importCli.option.decimal': 'La marca antes de los centavos: . (por omisión) o ,.',
  'importCli.option.amountColumn': 'La columna de montos con signo (el dinero que sale, bajo cero).',
  'importCli.option.inColumn': 'La columna del dinero que entra (con --out-column, en lugar de --amount-column).',
  'importCli.option.outColumn': 'La columna del dinero que sale.',
  'importCli.option.descriptionColumn': 'La columna de descripciones, que se leen para las reglas de categoría y nunca se guardan.',
  'importCli.option.idColumn': 'La columna de los identificadores de transacción del banco, para reconocer con certeza una fila ya importada.',
  'importCli.option.counterpartyColumn': 'La columna que nombra a quien pagó o cobró, que se convierte en un código de destinatario.',
  'importCli.flag.account': 'La cuenta de la que es el extracto, por nombre o número.',
  'importCli.flag.dryRun': 'Mostrar qué haría la importación, sin escribir nada.',
  'importCli.flag.ruleDirection': 'Solo el dinero que entra, o solo el que sale (ambos si no se indica).',
  'importCli.tooBig': '{file} pesa más de {mebibytes} MiB: divida el extracto en periodos más cortos.',

  'importCli.import.summary': 'Registrar un extracto de Venmo, PayPal, Cash App o un banco, tras una vista previa.',
  'importCli.import.fileExpected': 'el archivo del extracto, o - para la entrada estándar',
  'importCli.import.description': `Lee FILE ({formats}; el formato se detecta salvo que --format lo indique) y
registra sus filas en --account, en una sola transacción: todas o ninguna. No se
guarda el nombre de nadie: cada persona se convierte en un código de
destinatario, el mismo en cada importación, y se quitan de las notas nombres,
usuarios, correos y teléfonos. Las filas que ya están en el libro se omiten, así
que importar un archivo dos veces lo registra una vez. Las filas pendientes,
fallidas y canceladas no se registran. Una fila que parece anotada a mano, o el
otro lado de una transferencia, se señala y no se registra salvo que
--book-anyway nombre su línea. Una fila ilegible rechaza toda la importación.

--json imprime {fields}.`,
  'importCli.read': 'Leído como extracto de {format} de {account}.',
  'importCli.readLinked': 'Leído como extracto de {format} de {account}, con {linked} detrás.',
  'importCli.outcome.book': 'Por registrar',
  'importCli.outcome.duplicate': 'Ya en el libro',
  'importCli.outcome.possibleDuplicate': 'Quizá anotado a mano',
  'importCli.outcome.matchedTransfer': 'Otro lado de una transferencia',
  'importCli.outcome.possibleTransfer': 'Quizá el otro lado de una transferencia',
  'importCli.outcome.notBooked': 'Dinero que no se movió',
  'importCli.outcome.problem': 'Problema',
  'importCli.entries': 'Movimientos por escribir',
  'importCli.moneyIn': 'Dinero que entra',
  'importCli.moneyOut': 'Dinero que sale',
  'importCli.notStated': 'no indicado',
  'importCli.balances':
    'Los saldos del propio archivo: {opening} al inicio, {closing} al final; {agree, select, true {sus filas llevan del uno al otro.} other {sus filas NO llevan del uno al otro: compruebe que el archivo está completo.}}',
  'importCli.balancesNotStated': 'El archivo no indica un saldo inicial con el que comprobar sus filas (saldo final: {closing}).',
  'importCli.dropped':
    'No se guarda: {counterparties, plural, one {# nombre convertido en código de destinatario} other {# nombres convertidos en códigos de destinatario}}; {notesCleaned, plural, one {# nota a la que se quitó un nombre o contacto} other {# notas a las que se quitó un nombre o contacto}}; {descriptions, plural, one {# descripción leída para las reglas} other {# descripciones leídas para las reglas}} y luego descartadas.',
  'importCli.afterFreeze': '(Con fecha posterior al congelamiento de la cuenta: historial que informa la plataforma).',
  'importCli.moreRows': '…y {count, plural, one {# fila más} other {# filas más}}: --json las lista todas.',
  'importCli.bookAnywayHint': 'Para registrar de todos modos las filas señaladas: --book-anyway {lines}',
  'importCli.linkedHint': 'Algunas filas pasaron por el banco o la tarjeta detrás de la plataforma: indíquelo con --linked-account ACCOUNT.',
  'importCli.dryRun': 'No se escribió nada (--dry-run). Ejecútelo de nuevo sin --dry-run para importar.',
  'importCli.nothingBooked': 'Nada nuevo que registrar: el libro ya tiene este extracto.',
  'importCli.imported': 'Importado: movimientos #{first} a #{last}.',
  'importCli.heading.line': 'Línea',
  'importCli.heading.date': 'Fecha',
  'importCli.heading.amount': 'Monto',
  'importCli.heading.outcome': 'Qué pasa',
  'importCli.heading.why': 'Por qué',
  'importCli.heading.position': 'Orden',
  'importCli.heading.id': 'Regla',
  'importCli.heading.contains': 'Contiene',
  'importCli.heading.direction': 'Dinero',
  'importCli.heading.category': 'Categoría',
  'importCli.heading.name': 'Nombre',
  'importCli.heading.decimal': 'Centavos tras',
  'importCli.heading.description': 'Descripción',
  'importCli.heading.transactionId': 'Id. de transacción',
  'importCli.heading.counterparty': 'Quién',
  'importCli.direction': '{direction, select, in {entra} out {sale} other {entra o sale}}',

  'importCli.ruleAdd.summary': 'Añadir una regla de categoría para las filas importadas.',
  'importCli.ruleAdd.description': `Una fila importada cuya nota o descripción contiene --contains (sin importar
mayúsculas) recibe --category, para el dinero que entra, que sale (--direction)
o ambos. Las reglas se prueban en orden y gana la primera que coincide;
--position pone esta en ese lugar.

--json imprime {fields}.`,
  'importCli.ruleList.summary': 'Las reglas de categoría, en el orden en que se prueban.',
  'importCli.ruleList.description': '--json imprime {fields}.',
  'importCli.ruleRemove.summary': 'Quitar una regla de categoría.',
  'importCli.ruleRemove.description': 'Las reglas que la siguen suben un lugar. --json imprime {fields}.',
  'importCli.ruleMove.summary': 'Mover una regla de categoría a otro lugar del orden.',
  'importCli.ruleMove.description': 'Pone la regla ID en --position; las demás conservan su orden. --json imprime {fields}.',
  'importCli.rule.idExpected': 'el número de la regla, tal como lo muestra rule list',
  'importCli.rule.added': 'Se añadió la regla #{id}.',
  'importCli.rule.removed': 'Se quitó la regla #{id} («{contains}»).',
  'importCli.rule.none': 'Aún no hay reglas de categoría: rule add crea una.',

  'importCli.mappingAdd.summary': 'Guardar cómo se lee el CSV del extracto de un banco.',
  'importCli.mappingAdd.description': `Nombra las columnas del CSV de un banco por su encabezado: la fecha
(--date-column, y --date-format, uno de {dateFormats}), el monto
(--amount-column, o --in-column y --out-column) y, si el archivo las tiene, la
descripción, el identificador de transacción y quién pagó o cobró. Después:
import FILE --mapping NAME.

--json imprime {fields}.`,
  'importCli.mappingList.summary': 'Las correspondencias de columnas guardadas para los CSV de los bancos.',
  'importCli.mappingList.description': '--json imprime {fields}.',
  'importCli.mappingRemove.summary': 'Quitar una correspondencia de columnas guardada.',
  'importCli.mappingRemove.description': '--json imprime {fields}.',
  'importCli.mapping.nameExpected': 'el nombre de la correspondencia, como el del banco',
  'importCli.mapping.added': 'Se guardó la correspondencia de columnas {name}.',
  'importCli.mapping.removed': 'Se quitó la correspondencia de columnas {name}.',
  'importCli.mapping.none': 'Aún no hay correspondencias de columnas: mapping add guarda una.',
  'importCli.mapping.inAndOut': 'entra: {in}, sale: {out}',
  'importCli.progress.rows': 'Importando: {done, number} de {total, number} filas revisadas ({percent} %)',
  'importCli.progress.writing': 'Importando: {done, number} de {total, number} movimientos escritos ({percent} %)',
} satisfies Translation<typeof english>;
