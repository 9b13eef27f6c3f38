import type { Translation } from '../translation.ts';
import type { handover as english } from '../en/handover.ts';

export const handover = {
  'handover.notARecipient':
    'Esto no es un destinatario de age al que Mutual Ledger pueda hacer el traspaso: pegue la línea entera que muestra la computadora del nuevo tesorero, que empieza por age1pq1 (o age1 para una herramienta age antigua).',
  'handover.identityPathTaken': 'Ya existe un archivo en {path}: elija otro nombre, para no escribir encima de ninguna clave.',
  'handover.identityNotWritten': 'No se pudo escribir la identidad en {path}: compruebe que la carpeta existe y que se puede escribir en ella.',
  'handover.identityUnreadable': 'No se pudo leer ningún archivo de identidad en {path}.',
  'handover.notAnIdentity': 'El archivo de {path} no contiene una identidad de age (una línea que empieza por AGE-SECRET-KEY-).',
  'handover.noKeptIdentity': 'Esta computadora no guarda ninguna identidad con la que recibir un traspaso: cree una primero y envíe su destinatario al tesorero saliente.',
  'handover.noAppFolder': 'Aquí no hay carpeta de la aplicación donde guardar la identidad: indique un archivo donde escribirla.',
  'handover.pathTaken': 'Ya existe un archivo en {path}: elija otro nombre, para no escribir encima de nada.',
  'handover.noSuchFolder': 'La carpeta {folder} no existe.',
  'handover.pathNotFull': 'Indique la ruta completa del archivo de traspaso, desde la raíz del disco.',
  'handover.fileNotWritten': 'No se pudo escribir el archivo de traspaso en {path} ({problem}): compruebe que se puede escribir en la memoria o la carpeta y que tiene espacio. No quedó nada allí.',
  'handover.pathInsideVault': 'El archivo de traspaso no puede guardarse dentro de la carpeta de la bóveda: al retirar la bóveda se borraría. Elija un lugar fuera de ella, como una memoria USB.',
  'handover.fileUnreadable': 'No se pudo leer ningún archivo de traspaso en {path}.',
  'handover.doesNotOpen':
    'Este archivo de traspaso no se abre con esta clave. Se hizo para otro destinatario u otra frase de contraseña; compruebe con el tesorero saliente cuál. No se escribió nada.',
  'handover.damaged': 'Este archivo de traspaso está dañado o se modificó después de crearse: no pasa la comprobación de age. Pida una copia nueva. No se escribió nada.',
  'handover.notAHandover': 'Este archivo se abrió, pero no contiene un traspaso de Mutual Ledger que esta versión sepa leer (puede venir de una versión más nueva). No se escribió nada.',
  'handover.endMissing': 'El archivo de traspaso termina antes de su última línea, o tiene algo más después. Pida una copia nueva. No se escribió nada.',
  'handover.lineTooLong': 'El archivo de traspaso contiene una línea mucho más larga que cualquiera que escriba un traspaso. No se escribió nada.',
  'handover.sectionMissing': 'El archivo de traspaso no contiene la sección «{section}» donde debería, con las columnas que debería. No se escribió nada.',
  'handover.sectionCutShort': 'La sección «{section}» del archivo de traspaso está cortada. No se escribió nada.',
  'handover.sectionDoesNotAddUp': 'La sección «{section}» del archivo de traspaso no cuadra: sus filas no coinciden con el recuento y la suma de comprobación que indica. No se escribió nada.',
  'handover.rowNotReadable': 'La fila {row, number} de la sección «{section}» del archivo de traspaso no es lo que contiene un traspaso. No se escribió nada.',
  'handover.rowsRefused': 'El archivo de traspaso contiene filas que no encajan en un libro. No se escribió nada.',
  'handover.ledgerFailsItsCheck': 'El libro del archivo de traspaso no pasa su comprobación: {problem} No se escribió nada.',
  'handover.entriesDiffer': 'el archivo dice contener {stated, number} movimientos y contiene {found, number}.',
  'handover.groupKeyDiffers': 'su clave del grupo no es la que indica el archivo.',
  'handover.anchorNotConfirmed':
    'El ancla indicada no es la de esta bóveda. Pida al nuevo tesorero que vuelva a leer la suya, despacio, en la pantalla de la bóveda (o con mutual-ledger status); si siguen sin coincidir, el traspaso no llegó entero o esta bóveda cambió desde que se hizo el archivo. No se borró nada.',
  'handover.retireUnderHold': 'Hay una retención legal desde el {since} ({note}): la bóveda no puede retirarse mientras siga. No se borró nada.',
} satisfies Translation<typeof english>;
