import type { Translation } from '../translation.ts';
import type { retentionCli as english } from '../en/retentionCli.ts';

export const retentionCli = {
  'retentionCli.option.memos': 'Conservar las notas durante AGE: 90d, 12m, 2y, o never.',
  'retentionCli.option.receipts': 'Conservar los recibos durante AGE.',
  'retentionCli.option.recipientCodes': 'Conservar los códigos de destinatario (y los id. de transacción de la plataforma) durante AGE.',
  'retentionCli.option.entries': 'Conservar los movimientos enteros durante AGE; los meses más antiguos guardan solo sus totales.',
  'retentionCli.option.shredLog': 'Conservar cada línea del registro de destrucción durante AGE.',
  'retentionCli.option.recommended': 'Tomar el plan de conservación recomendado (las opciones AGE dadas lo cambian).',
  'retentionCli.option.note': 'Por qué: una citación, una demanda, una auditoría (hasta 500 caracteres).',
  'retentionCli.option.noteFile': 'La nota, leída de FILE (- para stdin), fuera del historial.',

  'retentionCli.retentionShow.summary': 'El plan de conservación, sus cambios, el registro de destrucción y la retención legal.',
  'retentionCli.retentionShow.description': `La conservación destruye registros antiguos según un plan, para que una laptop
incautada o robada guarde lo menos posible sobre las personas a las que el grupo
ayudó. Cinco antigüedades dicen cuánto tiempo se conserva cada tipo de registro:
notas, recibos, códigos de destinatario (con los id. de transacción de la
plataforma de pago), movimientos enteros (un mes más antiguo guarda solo sus
totales mensuales y el lugar de cada movimiento en la cadena de hashes, así que
los saldos y verify siguen exactos) y el propio registro de destrucción. Mientras
el grupo no elija un plan, no se destruye nada.

Muestra el plan vigente junto al recomendado, si hay una retención legal, el
primer mes todavía entero, cada cambio del plan y cada ejecución que destruyó
algo (cuándo, qué la inició, cuántos de cada tipo; nunca qué), del más reciente
al más antiguo.

--json muestra {fields} (retention.show).`,
  'retentionCli.retentionPlan.summary': 'Lo que destruiría la próxima ejecución, por tipo de registro y mes.',
  'retentionCli.retentionPlan.description': `No cambia nada: para cada tipo de registro, su antigüedad, el día antes del
cual se destruye, cuántos se irían y cuántos en cada mes (el mes de la fecha de
los movimientos; para el registro de destrucción, el mes en que se anotó una
ejecución). Los movimientos enteros se van por meses enteros. Una nota, un recibo
o un código de un movimiento registrado antes de que la aplicación pudiera
destruir campos sueltos se va solo con su mes entero: se cuenta aparte. Lo dice
cuando no se eligió un plan, o cuando hay una retención legal (entonces no se
destruirá nada).

--json muestra {fields} (retention.plan, y "chosen" de retention.show).`,
  'retentionCli.retentionApply.summary': 'Destruir ahora lo que el plan de conservación da por vencido.',
  'retentionCli.retentionApply.description': `Destruye lo que muestra "retention plan", en una sola transacción, y luego
compacta la base de datos para que no quede en ella ningún byte destruido. Puede
tardar: en una terminal, una línea muestra cuánto falta. Ctrl-C lo detiene: si
se detiene mientras destruye, nada cambió; si se detiene mientras compacta, lo
destruido ya está destruido, y el próximo "retention apply" vuelve a compactar.
La aplicación hace lo mismo cada vez que se desbloquea, y a diario mientras
sigue desbloqueada.

Se rechaza mientras haya una retención legal (salida 1, nada cambia). Si no se
eligió un plan, no se destruye nada.

--json muestra {fields} (retention.apply, y "chosen"): "run" es null cuando no
se destruyó nada.`,
  'retentionCli.retentionSet.summary': 'Elegir cuánto tiempo se conserva cada tipo de registro.',
  'retentionCli.retentionSet.description': `Indique al menos una opción AGE, o --recommended. Una AGE es un número y d, m
o y (días, meses, años), por ejemplo 90d, 12m o 2y, de 100 años como máximo; o
never (nunca). Un tipo que no se indique conserva su antigüedad (con
--recommended, la recomendada). Cada cambio queda en el libro con su fecha, y
"retention show" los lista.

--recommended equivale a:
  {recommended}

Aquí no se destruye nada: la aplicación destruye lo vencido en su próximo
desbloqueo, o ejecute "retention plan" y "retention apply". Una AGE que no se
puede leer es un error de uso (salida 2, nada cambia).

--json muestra el plan como "retention show" (retention.set), y "changed":
false cuando el plan ya decía eso.`,
  'retentionCli.holdStatus.summary': 'Si hay una retención legal, desde cuándo y por qué.',
  'retentionCli.holdStatus.description': `Mientras haya una retención legal (una citación, una demanda, una auditoría),
no se destruye nada: ni la aplicación, ni "retention apply".

--json muestra {fields} (hold.status); "hold" es null cuando no hay ninguna.`,
  'retentionCli.holdPlace.summary': 'Poner una retención legal: no se destruye nada hasta levantarla.',
  'retentionCli.holdPlace.description': `Indique el motivo con --note TEXT, o con --note-file FILE para que no quede en
el historial de su shell. La retención, su nota y su fecha quedan en la cadena
de hechos del libro, y también su levantamiento. Se rechaza mientras haya otra
retención (salida 1).

--json muestra {fields} (hold.place).`,
  'retentionCli.holdLift.summary': 'Levantar la retención legal (pide la frase de contraseña o el código de recuperación).',
  'retentionCli.holdLift.description': `Abra la bóveda como siempre; la frase de contraseña (o el código de
recuperación) con que abrió confirma también el levantamiento, y una equivocada
cuenta para la espera entre intentos. Después, las ejecuciones vuelven a destruir
lo que dice el plan, desde el próximo desbloqueo de la aplicación. Se rechaza si
no hay ninguna retención (salida 1).

--json muestra {fields} (hold.lift).`,

  'retentionCli.policy.memos': 'Notas',
  'retentionCli.policy.receipts': 'Recibos',
  'retentionCli.policy.recipientCodes': 'Códigos de destinatario',
  'retentionCli.policy.entries': 'Movimientos',
  'retentionCli.policy.shredLog': 'Registro de destrucción',
  'retentionCli.heading.policy': 'TIPO DE REGISTRO',
  'retentionCli.heading.keptFor': 'SE CONSERVA',
  'retentionCli.heading.recommended': 'RECOMENDADO',
  'retentionCli.heading.before': 'CON FECHA ANTERIOR AL',
  'retentionCli.heading.toShred': 'A DESTRUIR',
  'retentionCli.heading.month': 'MES',
  'retentionCli.heading.recorded': 'REGISTRADO',
  'retentionCli.heading.ran': 'EJECUTADA',
  'retentionCli.heading.startedBy': 'INICIADA POR',
  'retentionCli.heading.placed': 'PUESTA',
  'retentionCli.heading.lifted': 'LEVANTADA',
  'retentionCli.heading.note': 'NOTA',
  'retentionCli.heading.memos': 'NOTAS',
  'retentionCli.heading.receipts': 'RECIBOS',
  'retentionCli.heading.recipientCodes': 'CÓDIGOS DE DESTINATARIO',
  'retentionCli.heading.entries': 'MOVIMIENTOS',
  'retentionCli.heading.shredLog': 'REGISTRO DE DESTRUCCIÓN',
  'retentionCli.age': '{unit, select, d {{count, plural, one {# día} other {# días}}} m {{count, plural, one {# mes} other {# meses}}} other {{count, plural, one {# año} other {# años}}}}',
  'retentionCli.age.never': 'siempre',
  'retentionCli.noDate': '–',
  'retentionCli.stillStands': 'sigue puesta',
  'retentionCli.startedBy': '{startedBy, select, unlock {la aplicación, al desbloquear} daily {la aplicación, a diario} other {la tesorería}}',

  'retentionCli.show.chosen': 'Plan de conservación, vigente desde el {since}:',
  'retentionCli.show.notChosen': 'Todavía no se eligió un plan de conservación: se conserva todo, no se destruye nada.',
  'retentionCli.show.chooseOne': 'Elija uno con: mutual-ledger retention set --recommended --vault {folder}',
  'retentionCli.show.noHold': 'Retención legal: ninguna.',
  'retentionCli.show.sealedBefore': 'Los meses anteriores a {month} se conservan solo como totales mensuales.',
  'retentionCli.show.nothingSealed': 'Todavía no se destruyó ningún mes.',
  'retentionCli.show.changes': 'Cambios del plan, del más reciente al más antiguo:',
  'retentionCli.show.runs': 'Registro de destrucción, del más reciente al más antiguo:',
  'retentionCli.show.noRuns': 'Ninguna ejecución ha destruido nada todavía.',
  'retentionCli.show.holds': 'Retenciones legales, de la más reciente a la más antigua:',

  'retentionCli.hold.stands': 'Hay una retención legal desde el {since}: {note}',
  'retentionCli.hold.nothingShredded': 'Mientras siga, no se destruye nada. Para levantarla se pide la frase de contraseña: mutual-ledger hold lift --vault {folder}',
  'retentionCli.hold.none': 'No hay ninguna retención legal.',
  'retentionCli.hold.placed': 'Se puso una retención legal el {since}: {note}',
  'retentionCli.hold.lifted': 'Se levantó la retención legal el {since}.',
  'retentionCli.hold.shredsAgain':
    'Las ejecuciones vuelven a destruir lo que dice el plan, desde el próximo desbloqueo de la aplicación. Vea lo que está vencido: mutual-ledger retention plan --vault {folder}',

  'retentionCli.plan.heading': 'Lo que destruiría la próxima ejecución, al {today}:',
  'retentionCli.plan.notChosen': 'Todavía no se eligió un plan de conservación: no se destruirá nada. Elija uno con: mutual-ledger retention set --recommended --vault {folder}',
  'retentionCli.plan.underHold': 'Hay una retención legal desde el {since} ({note}): mientras siga, no se destruirá nada. Abajo está lo que se destruiría una vez levantada.',
  'retentionCli.plan.wholeMonths': 'Los movimientos se van por meses enteros: un mes conserva sus totales mensuales y el lugar de cada movimiento en la cadena de hashes.',
  'retentionCli.plan.keptUntilMonthGoes':
    '{policy}: {count, plural, one {# más, de un movimiento registrado antes de que la aplicación pudiera destruir campos sueltos, se conserva hasta que se vaya su mes entero} other {# más, de movimientos registrados antes de que la aplicación pudiera destruir campos sueltos, se conservan hasta que se vaya su mes entero}}.',
  'retentionCli.plan.byMonth': 'Por mes:',
  'retentionCli.plan.nothingDue': 'No hay nada vencido.',
  'retentionCli.plan.applyNow': 'Destrúyalo ahora con: mutual-ledger retention apply --vault {folder} (la aplicación también lo hace en su próximo desbloqueo).',

  'retentionCli.apply.shredded': 'Se destruyó:',
  'retentionCli.apply.nothingDue': 'No había nada vencido: no se destruyó nada.',
  'retentionCli.apply.notChosen': 'Todavía no se eligió un plan de conservación: no se destruyó nada. Elija uno con: mutual-ledger retention set --recommended --vault {folder}',
  'retentionCli.apply.compacted': 'Se compactó la base de datos: no queda en ella ningún byte destruido.',

  'retentionCli.set.badAge': '{flag} «{value}»: {problem}',
  'retentionCli.set.nothingGiven': '«retention set» necesita --recommended o al menos una de estas: {flags}. Vea: mutual-ledger retention set --help',
  'retentionCli.set.saved': 'Guardado. El plan de conservación queda así:',
  'retentionCli.set.unchanged': 'Sin cambios: el plan ya dice eso.',
  'retentionCli.set.whenShredded': 'La aplicación destruye lo vencido en su próximo desbloqueo, y a diario mientras sigue desbloqueada. Vea qué sería: mutual-ledger retention plan --vault {folder}',

  'retentionCli.progress.shredding': 'Destruyendo: {done, number} de {total, number} pasos hechos ({percent} %)',
  'retentionCli.progress.compacting': 'Compactando la base de datos, para que no quede en ella ningún byte destruido…',
} satisfies Translation<typeof english>;
