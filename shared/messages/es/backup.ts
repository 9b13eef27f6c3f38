import type { Translation } from '../translation.ts';
import type { backup as english } from '../en/backup.ts';

export const backup = {
  'backup.pathNotFull': 'Indique la ruta completa de la carpeta, desde la raíz del disco.',
  'backup.noSuchFolder': 'La carpeta {folder} no existe. Si está en una memoria USB, compruebe que esté conectada.',
  'backup.insideVault': 'Una copia de seguridad no puede guardarse dentro de la carpeta de la bóveda: se perdería con ella. Elija un lugar fuera, por ejemplo una memoria USB.',
  'backup.alreadyThere': 'Ya existe una carpeta de copia de seguridad {folder}, y nunca se escribe encima de una. Vuelva a intentarlo en un momento.',
  'backup.sweptUnfinished':
    'Se {count, plural, one {quitó una copia de seguridad} other {quitaron # copias de seguridad}} de esta bóveda que la aplicación dejó sin terminar aquí al detenerse a mitad de camino ({folders}). No se perdió nada: {count, plural, one {era una copia que nunca se terminó ni se usó} other {eran copias que nunca se terminaron ni se usaron}}, y la bóveda y cada copia terminada quedan como estaban.',
  'backup.notWritten': 'No se pudo escribir la copia de seguridad en {folder} ({problem}): compruebe que se pueda escribir en la memoria o la carpeta y que tenga espacio. No quedó nada allí.',
  'backup.keysChanged':
    'Los espacios de clave del disco ya no abren la clave de esta bóveda (se cambiaron en otra ventana). Bloquee la bóveda, desbloquéela de nuevo y luego haga la copia de seguridad.',
  'backup.copyFailsItsCheck': 'La copia no pasó su prueba de restauración, así que no se conservó: {problem} No quedó nada allí.',
  'backup.copyDoesNotOpen': 'no se abre con la clave de la bóveda.',
  'backup.notAllReadable': 'SQLite no pudo volver a leerla entera (una página está dañada).',
  'backup.copyDiffers': 'contiene {found, number} movimientos y otro ancla, cuando la bóveda tenía {expected, number}.',
  'backup.restoreFolderExists': '{folder} ya existe: elija una carpeta nueva para la bóveda restaurada, para no escribir encima de nada. No se escribió nada.',
  'backup.restoreInsideBackup': 'La bóveda restaurada no puede ir dentro de la carpeta de la copia de seguridad: elija un lugar fuera de ella. No se escribió nada.',
  'backup.notABackup': '{folder} no contiene una copia de seguridad: una carpeta de copia contiene ledger.sqlite y key-slots.json. No se escribió nada.',
  'backup.secretDoesNotOpen':
    'Esto no abre la copia de seguridad. Una copia se abre con la frase de contraseña, o el código de recuperación, vigente cuando se hizo, no necesariamente con la de hoy. No se escribió nada.',
  'backup.ledgerDoesNotOpen': 'El libro de cuentas de la copia no se abre con sus propios espacios de clave: la copia está dañada, o sus dos archivos vienen de copias distintas. No se escribió nada.',
  'backup.damaged': 'La copia de seguridad no pasa su verificación: {problem} No se escribió nada.',
} satisfies Translation<typeof english>;
