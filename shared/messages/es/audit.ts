import type { Translation } from '../translation.ts';
import type { audit as english } from '../en/audit.ts';

export const audit = {
  'audit.periodNotOver': 'Un resumen abarca meses completos ya terminados: {month} todavía no ha terminado. Termine el período el mes pasado o antes.',
  'audit.periodTooLong': 'Un resumen abarca como mucho {months} meses: haga uno para cada parte del período.',
  'audit.pathNotFull': 'Indique la ruta completa del archivo, desde la raíz del disco.',
  'audit.fileExists': 'Ya hay un archivo en {path}: elija otro nombre, para que no se sobrescriba ningún resumen.',
  'audit.fileNotWritten': 'No se pudo escribir el archivo en {path} ({problem}): compruebe que se puede escribir en la carpeta y que tiene espacio.',
  'audit.fileNotRead': 'No se pudo leer el archivo de resumen de {path} ({problem}).',
  'audit.fileTooLarge': 'Este archivo es mucho más grande que cualquier resumen: no es uno.',
  'audit.notText': 'Este archivo no es texto: no es un resumen.',
  'audit.notJson': 'Este archivo no es JSON: no es un resumen, o quedó cortado o se modificó.',
  'audit.notASummary': 'Este archivo no es un resumen de Mutual Ledger.',
  'audit.newerVersion': 'Este resumen se hizo con una versión más nueva de Mutual Ledger (versión de formato {version}): actualice la aplicación para comprobarlo.',
  'audit.notInForm': 'El resumen no tiene la forma con la que se firmó (en {where}): se modificó después de firmarlo.',
  'audit.notAsSigned': 'El archivo se modificó después de firmarlo: desde la línea {line} difiere de la forma con la que se firmó.',
  'audit.fingerprintNotTheKeys': 'La huella del archivo no es la de su clave: el archivo se modificó después de firmarlo.',
  'audit.signatureDoesNotMatch': 'La firma no coincide con las cifras: el archivo se modificó después de firmarlo.',
  'audit.anotherGroupsKey': 'Este resumen lo firmó otra clave ({theirs}), no la clave de grupo de esta bóveda ({ours}).',
  'audit.sinceSummaryAndAnchor': 'Indique un resumen desde el que comprobar o una cabeza anotada, no ambos.',
} satisfies Translation<typeof english>;
