import type { Translation } from '../translation.ts';
import type { auditScreen as english } from '../en/auditScreen.ts';

export const auditScreen = {
  'auditScreen.since.label': 'O un resumen publicado antes (opcional)',
  'auditScreen.since.hint': 'La ruta completa de un archivo de resumen que firmó esta bóveda: el libro debe seguir extendiendo lo que declaraba. En lugar de un ancla, no junto con ella.',
  // «Resumen» alone already names the dashboard in Spanish: this section says which summary it is.
  'auditScreen.section': 'Resumen firmado',

  'auditScreen.choice.title': '¿Revisa las cuentas del grupo?',
  'auditScreen.choice.intro': 'Abra un resumen que publicó el tesorero para comprobar su firma y leer sus cifras. No necesita bóveda ni frase de contraseña.',
  'auditScreen.choice.open': 'Abrir un resumen',

  'auditScreen.open.title': 'Abrir un resumen',
  'auditScreen.open.intro': 'La aplicación comprueba que el archivo está tal como lo firmó la clave del grupo y luego muestra sus cifras. No se escribe nada en esta computadora.',
  'auditScreen.open.pathLabel': 'Archivo de resumen',
  'auditScreen.open.pathHint': 'Su ruta completa, desde la raíz del disco, por ejemplo /home/ana/Descargas/resumen.json.',
  'auditScreen.open.enterPath': 'Escriba la ruta completa del archivo de resumen.',
  'auditScreen.open.open': 'Comprobar y abrir',
  'auditScreen.open.checking': 'Comprobando…',
  'auditScreen.open.notShown': 'Sus cifras no se muestran, porque no son de fiar. Pídale el archivo de nuevo al tesorero.',
  'auditScreen.open.back': 'Volver',
  'auditScreen.open.another': 'Abrir otro resumen',

  'auditScreen.make.intro': 'Un resumen de meses pasados para los miembros y los auditores: cifras que no nombran a nadie, firmadas con la clave del grupo.',
  'auditScreen.make.title': 'Hacer un resumen',
  'auditScreen.make.what':
    'Abarca meses completos ya terminados. Muestra los saldos, el dinero que entró y salió por mes, categoría, fondo y cuenta, y cómo estaba el libro de cuentas. No contiene nombres, notas, códigos de destinatario ni días, y oculta toda cifra tan pequeña que pueda señalar a alguien.',
  'auditScreen.make.period': 'Período',
  'auditScreen.make.periodHint': 'Se incluyen ambos meses. El último debe haber terminado: el mes en curso todavía no se puede resumir.',
  'auditScreen.make.from': 'Desde',
  'auditScreen.make.to': 'Hasta',
  'auditScreen.make.periodBackwards': 'El período termina antes de empezar: elija un último mes posterior al primero.',
  'auditScreen.make.pathLabel': 'Archivo de resumen',
  'auditScreen.make.pathHint': 'Su ruta completa, desde la raíz del disco, por ejemplo /media/usb/resumen-2026-t3.json. Nunca se sobrescribe un archivo que ya exista.',
  'auditScreen.make.enterPath': 'Escriba la ruta completa del archivo que se va a escribir, por ejemplo /media/usb/resumen.json.',
  'auditScreen.make.journalLabel': 'Diario contable de hledger (opcional)',
  'auditScreen.make.journalHint': 'Los mismos totales mensuales como un diario que hledger, u otra herramienta contable, puede sumar. Déjelo vacío si no lo quiere.',
  'auditScreen.make.pdfLabel': 'PDF para imprimir (opcional)',
  'auditScreen.make.pdfHint': 'El resumen como PDF en el idioma de la pantalla, con su huella. Déjelo vacío si no lo quiere: puede guardar uno después.',
  'auditScreen.make.advanced': 'Avanzado: cifra más pequeña que se muestra',
  'auditScreen.make.smallestCellLabel': 'Cifra más pequeña que se muestra, en movimientos',
  'auditScreen.make.smallestCellHint':
    'Se oculta toda cifra que cuente menos movimientos que este número, y también toda cifra que permitiría deducir una oculta: así no se puede señalar a un grupo pequeño de personas. Como mínimo {least}; {standard} salvo que tenga un motivo. Use el mismo número de un resumen al siguiente: resúmenes hechos con números distintos pueden, juntos, revelar una cifra oculta.',
  'auditScreen.make.smallestCellProblem': 'Escriba un número entero de al menos {least}.',
  'auditScreen.make.make': 'Hacer el resumen',
  'auditScreen.make.making': 'Haciendo el resumen…',
  'auditScreen.make.nothingWritten': 'No se escribió ningún archivo.',

  'auditScreen.made.title': 'Resumen guardado',
  'auditScreen.made.file': 'Archivo de resumen',
  'auditScreen.made.journal': 'Diario contable de hledger',
  'auditScreen.made.pdf': 'PDF',
  'auditScreen.made.fingerprint': 'Huella de la clave del grupo',
  'auditScreen.made.hidden':
    '{hidden, plural, =0 {No hay ninguna cifra oculta.} one {Hay # cifra oculta: cuenta menos de {smallestCell, number} movimientos, o permitiría deducir una que los cuenta.} other {Hay # cifras ocultas: las que cuentan menos de {smallestCell, number} movimientos y las que permitirían deducir una de ellas.}}',
  'auditScreen.made.next':
    'Comparta el archivo con los miembros y los auditores. Publique la huella por otra vía que el archivo, por ejemplo leída en voz alta o impresa en una reunión, para que puedan compararla con la que muestra su copia.',
  'auditScreen.made.another': 'Hacer otro resumen',

  'auditScreen.view.title': 'Resumen de {from} a {to}',
  'auditScreen.verified.title': 'Firma comprobada',
  'auditScreen.verified.what': 'Este archivo está exactamente como se firmó: no ha cambiado ni una cifra desde entonces. Lo firmó la clave con esta huella:',
  'auditScreen.verified.fingerprint': 'Huella de la clave',
  'auditScreen.verified.compare':
    'Compárela, grupo por grupo, con la huella que publicó el grupo, por ejemplo leída en voz alta o impresa en una reunión. Solo si coinciden lo firmó el tesorero del grupo: cualquiera puede firmar un archivo con una clave propia.',
  'auditScreen.verified.details': 'La firma es Ed25519 sobre el JSON canónico del resumen. La huella es el SHA-256 de la clave pública de 32 bytes.',
  'auditScreen.verified.fileSha256': 'SHA-256 del archivo',
  'auditScreen.signed.title': 'Firmado con la clave del grupo',
  'auditScreen.signed.what': 'Esta bóveda firmó el resumen con la clave del grupo, cuya huella es:',
  'auditScreen.signed.publish': 'Los miembros y los auditores comprueban el archivo con esta huella. Publíquela por otra vía que el archivo, por ejemplo leída en voz alta o impresa en una reunión.',

  'auditScreen.actions.print': 'Imprimir',
  'auditScreen.actions.savePdf': 'Guardar como PDF',
  'auditScreen.pdf.pathLabel': 'Archivo PDF',
  'auditScreen.pdf.pathHint': 'Su ruta completa, por ejemplo /home/ana/Documentos/resumen.pdf. El PDF sale en el idioma de la pantalla. Nunca se sobrescribe un archivo que ya exista.',
  'auditScreen.pdf.enterPath': 'Escriba la ruta completa del PDF que se va a escribir.',
  'auditScreen.pdf.save': 'Guardar el PDF',
  'auditScreen.pdf.saving': 'Guardando…',
  'auditScreen.pdf.cancel': 'Cancelar',
  'auditScreen.pdf.saved': 'El PDF se guardó en',

  'auditScreen.about.title': 'Sobre este resumen',
  'auditScreen.about.period': 'Período',
  'auditScreen.about.periodValue': '{from} a {to}',
  'auditScreen.about.madeIn': 'Hecho en',
  'auditScreen.about.smallestCell': 'Cifra más pequeña que se muestra',
  'auditScreen.about.smallestCellValue': '{smallestCell, plural, one {# movimiento} other {# movimientos}}',
  'auditScreen.about.hidden':
    '{hidden, plural, =0 {Ninguna cifra está oculta.} one {# cifra dice «oculta».} other {# cifras dicen «oculta».}} Una cifra se oculta cuando cuenta menos de {smallestCell, number} movimientos, tan pocos que podrían señalar a alguien, o cuando permitiría deducir una cifra así a partir de las demás. Donde esta página suma cifras, deja fuera las ocultas y lo dice.',
  'auditScreen.about.namesNobody': 'Un resumen no contiene nombres, notas, códigos de destinatario ni días. Una cuenta que tiene un miembro se muestra solo por su tipo.',

  'auditScreen.figure.hidden': 'oculta',
  'auditScreen.figure.entries': '{count, plural, =0 {ningún movimiento} one {# movimiento} other {# movimientos}}',

  'auditScreen.month': 'Mes',
  'auditScreen.currency': 'Moneda',
  'auditScreen.category': 'Categoría',
  'auditScreen.noCategory': 'Sin categoría',
  'auditScreen.moneyIn': 'Entró',
  'auditScreen.moneyOut': 'Salió',
  'auditScreen.opening': 'Al inicio',
  'auditScreen.closing': 'Al final',

  'auditScreen.totals.title': 'Dinero que entró y salió, mes a mes',
  'auditScreen.totals.none': 'La bóveda no tenía ninguna cuenta: no hay cifras mensuales.',
  'auditScreen.totals.caption': 'Dinero que entró y salió cada mes, {currency}',
  'auditScreen.totals.aid': 'Salió: ayuda',
  'auditScreen.totals.fees': 'Salió: comisiones',
  'auditScreen.totals.adjusted': 'Ajustes',
  'auditScreen.share.split':
    'En {months, plural, one {el mes} other {los # meses}} con la ayuda y las comisiones a la vista, el {aid, number, percent} del dinero que salió fue ayuda ({aidAmount}) y el {fees, number, percent}, comisiones ({feesAmount}).',
  'auditScreen.share.nothingOut': 'No salió dinero en {months, plural, one {el mes} other {los # meses}} con la ayuda y las comisiones a la vista.',
  'auditScreen.share.noneShown': 'No se puede dar el reparto entre ayuda y comisiones: en todos los meses una de las dos está oculta.',
  'auditScreen.share.leftOut':
    '{months, plural, one {Queda fuera # mes, porque su ayuda o sus comisiones están ocultas.} other {Quedan fuera # meses, porque su ayuda o sus comisiones están ocultas.}}',

  'auditScreen.chart.caption': 'Dinero que entró y salió, de {from} a {to}, en {currency}',
  'auditScreen.chart.description': 'Gráfico de barras del dinero que entró y salió cada mes, en {currency}. Las cifras ocultas se marcan, no se dibujan.',
  'auditScreen.chart.hiddenKey': 'una cifra oculta, sin dibujar',
  'auditScreen.chart.sameAsTable': 'La tabla de abajo da las mismas cifras, exactas.',

  'auditScreen.accounts.title': 'Cuentas',
  'auditScreen.accounts.caption': 'Saldos al inicio de {from} y al final de {to}',
  'auditScreen.accounts.account': 'Cuenta',
  'auditScreen.accounts.memberHeld': '{kind} de un miembro',
  'auditScreen.accounts.statusAtClose': 'Estado al final',
  'auditScreen.accounts.none': 'La bóveda no tenía ninguna cuenta.',

  'auditScreen.funds.title': 'Fondos',
  'auditScreen.funds.caption': 'Lo que tenía cada fondo al inicio de {from} y al final de {to}',
  'auditScreen.funds.fund': 'Fondo',
  'auditScreen.funds.purpose': 'Solo para: {purpose}',
  'auditScreen.funds.noMoney': 'Nunca tuvo dinero',
  'auditScreen.funds.none': 'La bóveda no tenía ningún fondo.',

  'auditScreen.categories.title': 'Por categoría',
  'auditScreen.categories.intro': 'El dinero que entró y salió cada mes, por categoría. Las categorías sin nada en un mes quedan fuera.',
  'auditScreen.categories.caption': 'Dinero que entró y salió por categoría, {currency}',
  'auditScreen.categories.allHidden': 'Todas las categorías están ocultas este mes.',
  'auditScreen.categories.none': 'No entró ni salió nada en {currency} en ninguna categoría.',

  'auditScreen.restricted.title': 'En qué se gastaron los fondos restringidos',
  'auditScreen.restricted.intro': 'Lo que pagó cada fondo restringido, por categoría: si se usó para el fin con el que se dio el dinero.',
  'auditScreen.restricted.caption': 'Dinero que salió de fondos restringidos por categoría, {currency}',
  'auditScreen.restricted.allHidden': 'Lo que gastaron los fondos restringidos está oculto este mes.',
  'auditScreen.restricted.none': 'Ningún fondo restringido pagó nada en {currency}.',

  'auditScreen.close.title': 'Dinero congelado, conciliaciones y conservación',
  'auditScreen.close.noneFrozen': 'Ninguna cuenta estaba congelada al final del período.',
  'auditScreen.close.frozen': 'Había {amount} en {accounts, plural, one {# cuenta congelada} other {# cuentas congeladas}} al final del período.',
  'auditScreen.close.reconciliations':
    '{count, plural, =0 {No se concilió ninguna cuenta con un extracto fechado en el período.} one {# conciliación con un extracto fechado en el período.} other {# conciliaciones con un extracto fechado en el período.}}',
  'auditScreen.close.retention':
    '{runs, plural, =0 {El plan de conservación no destruyó nada en el período.} one {# ejecución del plan de conservación destruyó {entries, plural, one {# movimiento} other {# movimientos}} en el período.} other {# ejecuciones del plan de conservación destruyeron {entries, plural, one {# movimiento} other {# movimientos}} en el período.}}',
  'auditScreen.close.holdStood': 'Hubo una retención legal en algún momento del período.',
  'auditScreen.close.noHold': 'No hubo ninguna retención legal en el período.',

  'auditScreen.ledger.title': 'El libro de cuentas detrás del resumen',
  'auditScreen.ledger.entries': 'Movimientos en el libro de cuentas',
  'auditScreen.ledger.anchor': 'Ancla del libro de cuentas',
  'auditScreen.ledger.previous': 'Resumen anterior',
  'auditScreen.ledger.noPrevious': 'Ninguno: es el primer resumen que firmó este libro de cuentas.',
  'auditScreen.ledger.previousAnchor': 'Su ancla del libro de cuentas:',
  'auditScreen.ledger.previousFile': 'El SHA-256 de su archivo:',
  'auditScreen.ledger.what':
    'El ancla resume todo el libro de cuentas en el momento en que se hizo el resumen. El tesorero puede mostrar que el libro de hoy sigue a partir de ella: no se cambió ni se quitó nada anterior. Cada resumen nombra al anterior, así que se nota si falta uno.',
} satisfies Translation<typeof english>;
