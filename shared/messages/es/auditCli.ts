import type { Translation } from '../translation.ts';
import type { auditCli as english } from '../en/auditCli.ts';

export const auditCli = {
  'auditCli.option.journal': 'Escribir además los totales mensuales del resumen como un diario contable de hledger en FILE; no debe existir todavía.',
  'auditCli.option.pdf': 'Escribir además el resumen como un PDF para imprimir en FILE, en el idioma de la orden; no debe existir todavía.',
  'auditCli.option.k': 'Los movimientos mínimos que debe contar una cifra para mostrarse: las más pequeñas se ocultan (11 si no se indica, 5 como mínimo).',
  'auditCli.option.sinceSummary': 'Un resumen que firmó esta bóveda: el libro de cuentas debe seguir extendiendo el ancla que indica.',
  'auditCli.flag.from': 'El primer mes del período, YYYY-MM.',
  'auditCli.flag.to': 'El último mes del período, YYYY-MM: un mes ya terminado.',
  'auditCli.flag.output': 'El archivo de resumen que escribir; no debe existir todavía.',

  'auditCli.summary.summary': 'Hacer y firmar un resumen de meses pasados para una auditoría, sin nombrar a nadie.',
  'auditCli.summary.description': `Escribe en -o FILE las cifras de los meses completos de --from a --to (meses ya terminados):
por mes y moneda, el dinero que entró, el que salió y los ajustes, por categoría, fondo y cuenta, y
los saldos al principio y al final. No aparece ningún nombre, nota, código de destinatario ni día, y
se oculta toda cifra que cuente menos de --k movimientos, y toda cifra que permitiría deducir una
oculta. El archivo se firma con la clave del grupo: cualquiera puede comprobarlo con
"mutual-ledger audit verify FILE", sin bóveda ni frase de contraseña. Con --journal, los totales
mensuales van también a un diario contable de hledger; con --pdf, el resumen va también a un PDF
para imprimir. Nunca se sobrescribe ningún archivo: se escriben todos, o ninguno.
Con --json: {fields}.`,
  'auditCli.summary.noOutput': 'Indique dónde escribir el resumen: -o FILE.',
  'auditCli.summary.noPeriod': 'Indique qué meses completos resumir: --from YYYY-MM --to YYYY-MM.',
  'auditCli.summary.kNotANumber': '--k «{value}» no es un número entero: indique los movimientos mínimos que debe contar una cifra para mostrarse, por ejemplo 11.',
  'auditCli.summary.made': 'Resumen de {from} a {to} escrito en {path}.',
  'auditCli.summary.journal': 'Sus totales mensuales, como diario contable de hledger: {path}',
  'auditCli.progress.months': 'Sumando los meses y ocultando las cifras pequeñas: {done, number} de {total, number} ({percent} %)',
  'auditCli.summary.pdf': 'Para imprimir, como PDF: {path}',
  'auditCli.summary.fingerprint': `Firmado con la clave del grupo. Dé a quien audite su huella por otra vía que el archivo,
para compararla con la que muestra "audit verify":

    {fingerprint}`,
  'auditCli.summary.hidden':
    '{hidden, plural, =0 {No se oculta ninguna cifra.} one {Se oculta # cifra: cuenta menos de {smallestCell, number} movimientos, o permitiría deducir una que los cuenta.} other {Se ocultan # cifras: las que cuentan menos de {smallestCell, number} movimientos, y las que permitirían deducir una de ellas.}}',
  'auditCli.summary.check': 'Para comprobarlo (sin bóveda ni frase de contraseña):  mutual-ledger audit verify {path}',

  'auditCli.verify.summary': 'Comprobar la firma de un archivo de resumen y mostrar sus cifras; no necesita bóveda.',
  'auditCli.verify.description': `Lee FILE, un resumen que escribió "audit summary", y comprueba que es exactamente como lo firmó la
clave del grupo: cualquier cambio, aunque sea un espacio, falla y dice qué falló (código de salida 1).
Después muestra la huella de la clave, para compararla con la que le dio el tesorero, el período y
los totales de cada mes. No hacen falta --vault ni la frase de contraseña.
Con --json: {fields}.`,
  'auditCli.verify.fileExpected': 'el archivo de resumen',
  'auditCli.verify.verified': 'Verificado: firmado por la clave del grupo con huella {fingerprint}. Debe ser la que le dio el tesorero.',
  'auditCli.verify.period': 'Período',
  'auditCli.verify.periodValue': 'de {from} a {to}',
  'auditCli.verify.madeIn': 'Hecho en',
  'auditCli.verify.smallestCell': 'Cifra más pequeña mostrada',
  'auditCli.verify.postings': '{count, plural, one {# movimiento} other {# movimientos}}',
  'auditCli.verify.anchor': 'Ancla del libro de cuentas',
  'auditCli.verify.fileSha256': 'SHA-256 del archivo',
  'auditCli.verify.noMonths': 'La bóveda no tenía ninguna cuenta: no hay cifras mensuales.',
  'auditCli.heading.month': 'MES',
  'auditCli.heading.currency': 'MON',
  'auditCli.heading.moneyIn': 'ENTRADAS',
  'auditCli.heading.moneyOut': 'SALIDAS',
  'auditCli.heading.adjusted': 'AJUSTES',
  'auditCli.hidden': 'oculta',
} satisfies Translation<typeof english>;
