import type { Translation } from '../translation.ts';
import type { backupCli as english } from '../en/backupCli.ts';

export const backupCli = {
  'backupCli.backup.summary': 'Hacer una copia de seguridad de la bóveda, cifrada y verificada, en una carpeta nueva dentro de DIR (una memoria USB).',
  'backupCli.backup.description': `Desbloquea la bóveda y la copia en una carpeta nueva dentro de DIR, con el
nombre del momento en que se hace (mutual-ledger-backup-AAAA-MM-DDTHH-MM-SSZ),
para que las copias queden una al lado de otra: el libro de cuentas, todavía
cifrado con la clave de la bóveda, y una copia de key-slots.json. Nada se
escribe sin cifrar, ni por un momento. La copia se abre y se verifica como lo
haría una restauración (la revisión de integridad de SQLite, las dos cadenas de
hashes, los movimientos y el ancla que tenía la bóveda) antes de que la carpeta
reciba su nombre; una copia que falla, un rechazo o Ctrl-C no dejan nada. DIR
debe existir y estar fuera de la carpeta de la bóveda.

La copia se abre con la frase de contraseña y el código de recuperación de hoy,
y se sigue abriendo con ellos después de cambiarlos: guárdela con el mismo
cuidado que la hoja de recuperación. Restáurela con "restore BACKUP --vault
CARPETANUEVA".

--json muestra {fields} (backup.make).`,
  'backupCli.backup.noTarget': 'Indique dónde guardar la copia: --to DIR (una carpeta, por ejemplo una memoria USB).',
  'backupCli.backup.made': `Copia de seguridad guardada en {folder}
Contiene {entries, plural, one {# movimiento} other {# movimientos}}, ancla {anchor}: se abrió con la clave de la bóveda y pasó la verificación que hace una restauración.
Se abre con la frase de contraseña o el código de recuperación de hoy, y se sigue abriendo con ellos después de cambiarlos: guárdela con el mismo cuidado que la hoja de recuperación.`,
  'backupCli.flag.to': 'La carpeta donde crear la carpeta de la copia, por ejemplo una memoria USB (debe existir).',
  'backupCli.flag.newVault': 'La carpeta nueva para la bóveda restaurada (todavía no debe existir).',
  'backupCli.restore.summary': 'Crear una carpeta de bóveda nueva a partir de una copia de seguridad.',
  'backupCli.restore.description': `Revisa la carpeta de copia BACKUP (debe contener ledger.sqlite y
key-slots.json), la abre con la frase de contraseña o el código de recuperación
vigente cuando se hizo la copia (--passphrase-file, --recovery-code-file, el
entorno, o escrito), y crea una bóveda nueva en la carpeta indicada con
--vault, que no debe existir. La bóveda nueva se verifica entera (la revisión
de integridad de SQLite y las dos cadenas de hashes) antes de recibir su
nombre; cualquier rechazo no deja nada. Queda bloqueada: desbloquéela con esa
misma frase de contraseña (y TOTP, si estaba activado). La carpeta de la copia
solo se lee.

--json muestra {fields} (backup.restore).`,
  'backupCli.restore.backupExpected': 'la carpeta de la copia de seguridad que desea restaurar',
  'backupCli.restore.made': `Bóveda restaurada en {folder}
Contiene {entries, plural, one {# movimiento} other {# movimientos}}, ancla {anchor}: compárelos con lo que decía la copia cuando se hizo.
Desbloquéela con la frase de contraseña (o el código de recuperación) vigente cuando se hizo la copia.`,
  'backupCli.progress.copying': 'Copia de seguridad: {done, number} de {total, number} KiB copiados, cifrados ({percent} %)',
  'backupCli.status.lastLabel': 'Última copia',
  'backupCli.status.reminderLabel': 'Hacer copia',
  'backupCli.status.never': 'nunca',
  'backupCli.status.lastMade': '{when}, en {folder}',
  'backupCli.status.reminderOff': 'desactivado',
  'backupCli.status.reminderEvery': '{days, plural, one {cada día} other {cada # días}}{due, select, yes { (toca hacer una copia)} other {}}',
} satisfies Translation<typeof english>;
