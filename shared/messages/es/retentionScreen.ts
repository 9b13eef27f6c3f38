import type { Translation } from '../translation.ts';
import type { retentionScreen as english } from '../en/retentionScreen.ts';

export const retentionScreen = {
  'retentionScreen.section': 'Conservación',
  'retentionScreen.title': 'Conservación',
  'retentionScreen.intro': 'Cuánto tiempo guarda el grupo cada tipo de registro, qué destruye la próxima ejecución, las ejecuciones anteriores y la retención legal.',
  'retentionScreen.reading': 'Leyendo el plan de conservación…',

  'retentionScreen.age':
    '{unit, select, d {{count, plural, one {#\u00a0día} other {#\u00a0días}}} m {{count, plural, one {#\u00a0mes} other {#\u00a0meses}}} other {{count, plural, one {#\u00a0año} other {#\u00a0años}}}}',
  'retentionScreen.age.never': 'Nunca se destruye',
  'retentionScreen.age.asWritten': '{age}',

  'retentionScreen.policy.memos': 'Notas',
  'retentionScreen.policy.receipts': 'Recibos',
  'retentionScreen.policy.recipientCodes': 'Códigos de destinatario y vínculos de importación',
  'retentionScreen.policy.entries': 'Movimientos completos',
  'retentionScreen.policy.shredLog': 'Registro de destrucción',
  'retentionScreen.policy.memosMeaning': 'Las notas escritas con cada movimiento. A menudo nombran a personas o cuentan lo que les pasó.',
  'retentionScreen.policy.receiptsMeaning': 'Las fotos y los PDF guardados con los movimientos.',
  'retentionScreen.policy.recipientCodesMeaning':
    'El código de quien recibió un pago y el número de transacción de la plataforma de pago, que vincula un movimiento importado con los registros de la plataforma. Juntos pueden revelar quién recibió dinero.',
  'retentionScreen.policy.entriesMeaning':
    'Los movimientos mismos, un mes entero a la vez. Los totales del mes se conservan, así que los saldos y las cifras mensuales siguen exactos, y de cada movimiento queda un resto en la cadena, así que la revisión del libro sigue pasando.',
  'retentionScreen.policy.shredLogMeaning': 'La lista de ejecuciones anteriores: cuándo se hizo cada una y cuántos registros de cada tipo destruyó, nunca cuáles.',

  'retentionScreen.count.memos': '{count, plural, one {# nota} other {# notas}}',
  'retentionScreen.count.receipts': '{count, plural, one {# recibo} other {# recibos}}',
  'retentionScreen.count.recipientCodes':
    '{count, plural, one {el código de destinatario y el vínculo de importación de # movimiento} other {los códigos de destinatario y los vínculos de importación de # movimientos}}',
  'retentionScreen.count.entries': '{count, plural, one {# movimiento completo} other {# movimientos completos}}',
  'retentionScreen.count.shredLog': '{count, plural, one {# línea del registro de destrucción} other {# líneas del registro de destrucción}}',

  'retentionScreen.schedule.title': 'El plan de conservación',
  'retentionScreen.schedule.intro':
    'Cada tipo de registro se destruye cuando es más antiguo que su plazo aquí. Destruido quiere decir borrado para siempre: no oculto, ni en una copia hecha después de la ejecución.',
  'retentionScreen.schedule.notChosen': 'El grupo todavía no eligió un plan de conservación, así que no se destruye nada: se guarda todo.',
  'retentionScreen.schedule.recommendedIntro': 'El plan recomendado guarda poco tiempo lo que nombra a personas y más tiempo las cuentas:',
  'retentionScreen.schedule.useRecommended': 'Usar el plan recomendado',
  'retentionScreen.schedule.recommendedChosen': 'Se eligió el plan recomendado. La próxima ejecución destruye lo que corresponda según él.',
  'retentionScreen.schedule.kind': 'Tipo de registro',
  'retentionScreen.schedule.meaning': 'Qué es',
  'retentionScreen.schedule.keptFor': 'Se guarda',
  'retentionScreen.schedule.recommended': 'Recomendado',
  'retentionScreen.schedule.change': 'Cambiar el plan',
  'retentionScreen.schedule.saved': 'Se guardó el plan. Más abajo se ve qué destruye.',
  'retentionScreen.schedule.unchanged': 'No cambió nada: el plan ya era este.',

  'retentionScreen.form.title': 'Cambiar el plan de conservación',
  'retentionScreen.form.format':
    'Escriba cada plazo como un número y una letra: d para días, m para meses, y para años. Por ejemplo, 90d son 90 días, 12m son 12 meses y 2y son 2 años. Escriba never para guardar ese tipo de registro para siempre.',
  'retentionScreen.form.label': '{kind}: se guarda',
  'retentionScreen.form.save': 'Guardar el plan',
  'retentionScreen.form.saving': 'Guardando…',
  'retentionScreen.form.shorterWarning': 'Un plazo más corto se aplica en la próxima ejecución: la aplicación aplica el plan cada vez que se desbloquea y una vez al día mientras está abierta.',

  'retentionScreen.history.title': 'Cambios del plan',
  'retentionScreen.history.none': 'Todavía no se eligió ningún plan.',
  'retentionScreen.history.when': 'Cuándo',
  'retentionScreen.history.schedule': 'Plan',
  'retentionScreen.history.age': '{kind}: {age}',

  'retentionScreen.plan.title': 'La próxima ejecución',
  'retentionScreen.plan.intro':
    'Lo que según el plan corresponde destruir hoy, {today}. La aplicación lo hace cada vez que se desbloquea y una vez al día mientras está abierta; también puede hacerlo ahora.',
  'retentionScreen.plan.notChosen': 'No corresponde destruir nada: el grupo no eligió un plan de conservación.',
  'retentionScreen.plan.nothingDue': 'No corresponde destruir nada: ningún registro es más antiguo que su plazo.',
  'retentionScreen.plan.kind': 'Tipo de registro',
  'retentionScreen.plan.before': 'Se destruye si es anterior al',
  'retentionScreen.plan.due': 'A destruir',
  'retentionScreen.plan.neverDue': 'nunca',
  'retentionScreen.plan.byMonth': '{kind}, mes por mes',
  'retentionScreen.plan.month': 'Mes',
  'retentionScreen.plan.count': 'A destruir',
  'retentionScreen.plan.waiting': '{count, plural, one {# más espera} other {# más esperan}} a que se vaya su mes entero',
  'retentionScreen.plan.waitingExplained':
    'Algunos movimientos se anotaron antes de que esta versión de la aplicación pudiera destruir un solo dato de un movimiento: sus notas, recibos y códigos se guardan hasta que se va su mes entero, según el plazo de los movimientos completos.',
  'retentionScreen.plan.entriesByMonth': 'Los movimientos completos se van un mes a la vez: un mes se va cuando todos sus días son más antiguos que el plazo.',
  'retentionScreen.plan.underHold': 'Hay una retención legal, así que ninguna ejecución destruye nada y no se ofrece «Destruir ahora». Levante la retención legal (más abajo) cuando ya no haga falta.',
  'retentionScreen.plan.shredNow': 'Destruir ahora',

  'retentionScreen.confirm.question': '¿Destruir esto ahora? No se puede deshacer:',
  'retentionScreen.confirm.after':
    'Después se reescribe la base de datos para que no quede en ella ningún byte destruido. Una copia de la carpeta de la bóveda hecha antes de ahora todavía los contiene.',
  'retentionScreen.confirm.shred': 'Destruirlos para siempre',
  'retentionScreen.confirm.keep': 'Guardarlos por ahora',

  'retentionScreen.result.shredded': 'Se destruyó: {counts}. La base de datos está reescrita, sin ningún byte destruido.',
  'retentionScreen.result.nothing': 'No correspondía destruir nada, así que no se destruyó nada. La base de datos se reescribió igual.',

  'retentionScreen.log.title': 'Ejecuciones anteriores',
  'retentionScreen.log.intro': 'Cada ejecución que destruyó algo: cuándo, qué la inició y cuántos de cada tipo. Nunca cuáles registros.',
  'retentionScreen.log.none': 'Todavía ninguna ejecución destruyó nada.',
  'retentionScreen.log.when': 'Cuándo',
  'retentionScreen.log.startedBy': 'Inicio',
  'retentionScreen.log.shredded': 'Destruido',
  'retentionScreen.log.started': '{startedBy, select, unlock {Al desbloquear} daily {Diaria, con la aplicación abierta} other {Por la tesorería}}',

  'retentionScreen.hold.title': 'Retención legal',
  'retentionScreen.hold.none': 'No hay ninguna retención legal.',
  'retentionScreen.hold.when':
    'Ponga una retención legal cuando el grupo reciba una citación judicial, sea parte de una demanda o esté en una auditoría. Mientras siga, no se destruye nada: ni según el plan, ni a mano.',
  'retentionScreen.hold.stands': 'Hay una retención legal desde el {since}.',
  'retentionScreen.hold.note': 'Motivo',
  'retentionScreen.hold.place': 'Poner la retención legal',
  'retentionScreen.hold.noteLabel': 'Por qué se pone la retención legal',
  'retentionScreen.hold.noteHint': 'Una citación judicial, una demanda, una auditoría: diga cuál, con cualquier número de referencia. Hasta 500 caracteres. Se guarda en el libro para siempre.',
  'retentionScreen.hold.placeSubmit': 'Poner la retención legal',
  'retentionScreen.hold.placed': 'Se puso la retención legal. No se destruye nada hasta que se levante.',
  'retentionScreen.hold.lift': 'Levantar la retención legal',
  'retentionScreen.hold.liftQuestion': '¿Levantar la retención legal? El plan vuelve a destruir lo que corresponda desde la próxima ejecución.',
  'retentionScreen.hold.liftSubmit': 'Levantar la retención legal',
  'retentionScreen.hold.keep': 'Mantener la retención legal',
  'retentionScreen.hold.lifted': 'Se levantó la retención legal. El plan vuelve a destruir desde la próxima ejecución.',
  'retentionScreen.hold.secretMissing': 'Escriba su frase de contraseña (o el código de recuperación) para levantar la retención legal.',
  'retentionScreen.hold.history': 'Retenciones legales hasta ahora',
  'retentionScreen.hold.placedOn': 'Puesta',
  'retentionScreen.hold.liftedOn': 'Levantada',
  'retentionScreen.hold.stillStands': 'Sigue vigente',

  'retentionScreen.banner.stands': 'Hay una retención legal desde el {since}: {note}. Mientras siga, no se destruye nada.',
  'retentionScreen.banner.open': 'Abrir Conservación',

  'retentionScreen.setup.step': 'Registros',
  'retentionScreen.setup.title': 'Cuánto tiempo guardar los registros',
  'retentionScreen.setup.why':
    'Los registros antiguos pueden nombrar a personas: una nota, un recibo, el código de quien recibió un pago. Si se pierde la computadora o alguien exige los registros, lo que ya no se guarda no se puede leer. La aplicación puede destruir cada tipo de registro cuando ya es bastante antiguo.',
  'retentionScreen.setup.books': 'Las cuentas siguen cuadrando: cuando se van los movimientos completos, se conservan los totales de sus meses.',
  'retentionScreen.setup.recommended': 'El plan recomendado',
  'retentionScreen.setup.keepRecommended': 'Usar el plan recomendado',
  'retentionScreen.setup.keepEverything': 'Guardar todo por ahora',
  'retentionScreen.setup.later': 'En cualquier caso, puede cambiarlo cuando quiera en Conservación. Mientras no se elija un plan, no se destruye nada.',
} satisfies Translation<typeof english>;
