import type { Translation } from '../translation.ts';
import type { handoverCli as english } from '../en/handoverCli.ts';

export const handoverCli = {
  'handoverCli.option.output': 'El archivo que escribir (la identidad o el archivo de traspaso); no debe existir todavía.',
  'handoverCli.option.classic': 'Crear una identidad X25519 clásica (age1…), para una herramienta age antigua, en lugar de la poscuántica (age1pq1…).',
  'handoverCli.option.passphrase': 'Cerrar el archivo de traspaso con una frase de contraseña nueva de seis palabras, mostrada una vez, en lugar de un destinatario.',
  'handoverCli.option.identity': 'El archivo de identidad que escribió `handover identity` en esta computadora; se destruye al terminar la importación.',
  'handoverCli.option.handoverPassphraseFile': 'Leer la frase de contraseña del traspaso de la primera línea de FILE en lugar de preguntarla.',
  'handoverCli.option.anchor': 'El ancla que el nuevo tesorero lee en la bóveda que recibió, E:F:HASH.',
  'handoverCli.flag.to': 'El destinatario de age del nuevo tesorero (age1pq1…, o age1… para una herramienta antigua), tal como lo muestra su computadora.',
  'handoverCli.flag.newVault': 'La carpeta de la nueva bóveda: inexistente o vacía.',
  'handoverCli.flag.importPassphrase': 'El archivo de traspaso está cerrado con una frase de contraseña: preguntarla (o leerla con --handover-passphrase-file).',
  'handoverCli.groupKey': 'Huella de la clave del grupo',
  'handoverCli.progress.exporting': 'Escribiendo el archivo de traspaso: {done, number} de {total, number} filas ({percent} %)',
  'handoverCli.progress.receiving': 'Leyendo el archivo de traspaso: {done, number} de {total, number} filas comprobadas y escritas ({percent} %)',
  'handoverCli.identity.summary': 'Crear la clave a la que se envía un traspaso, en la computadora del nuevo tesorero.',
  'handoverCli.identity.description': `Escribe una identidad de age en -o FILE (modo 0600), en el formato de age-keygen, y muestra su
destinatario: envíelo al tesorero saliente (no es secreto). Guarde FILE en esta computadora hasta
importar el traspaso; la importación lo destruye. Poscuántica (ML-KEM-768 con X25519) salvo con
--classic. No hace falta --vault.
Con --json: {fields}.`,
  'handoverCli.identity.noOutput': 'Indique dónde escribir la identidad: -o FILE.',
  'handoverCli.identity.made': `Identidad escrita en {path}. Guárdela en esta computadora hasta importar el
traspaso: la importación la destruye.

Envíe este destinatario {kind, select, classic {X25519 clásico} other {poscuántico}} al tesorero saliente (no es secreto):

{recipient}

Huella, para leérsela el uno al otro por teléfono cuando lo haya pegado:

    {fingerprint}`,
  'handoverCli.export.summary': 'Escribir toda la bóveda, para el próximo tesorero, en un archivo cifrado.',
  'handoverCli.export.description': `Escribe cada movimiento, resto, hecho, cuenta, fondo, categoría, regla, correspondencia, recibo y
ajuste, y la clave de firma del grupo, en -o FILE, cifrado en el formato age para el destinatario
del nuevo tesorero (--to) o con una frase de contraseña nueva de seis palabras mostrada una vez
(--passphrase). Sus ranuras de clave, TOTP y códigos de respaldo se quedan: el nuevo tesorero crea
los suyos. FILE debe estar fuera de la carpeta de la bóveda. Ctrl-C lo detiene sin dejar archivo.
Con --json: {fields}.`,
  'handoverCli.export.noOutput': 'Indique dónde escribir el archivo de traspaso: -o FILE.',
  'handoverCli.export.toOrPassphrase': 'Indique quién puede abrir el archivo de traspaso: --to RECIPIENT o --passphrase (uno de los dos).',
  'handoverCli.export.madeForRecipient': `Traspaso escrito en {path} ({bytes, number} bytes), para el destinatario {kind, select, classic {X25519 clásico} other {poscuántico}}
con huella {fingerprint}. Léale esa huella al nuevo tesorero por teléfono: debe ser la que muestra
su computadora.`,
  'handoverCli.export.madeWithPassphrase': `Traspaso escrito en {path} ({bytes, number} bytes), cerrado con esta frase de contraseña,
mostrada solo esta vez:

    {passphrase}

Désela al nuevo tesorero por otra vía que el archivo (en persona, o leída por teléfono).`,
  'handoverCli.export.compare': 'Una vez importado, el nuevo tesorero debe leerle estos datos, idénticos:',
  'handoverCli.export.checklist': `Antes de retirar esta bóveda:
  1. {byPassphrase, select, yes {Pase la frase de contraseña por otra vía que el archivo.} other {Comparen la huella del destinatario por teléfono.}}
  2. Entregue el archivo al nuevo tesorero; lo importa y le lee las tres líneas de arriba.
  3. Pase al nuevo tesorero los accesos y la verificación en dos pasos de las plataformas de pago.
  4. Destruya su hoja de recuperación; la nueva bóveda tiene la suya.
  5. Después:  mutual-ledger retire --vault {folder} --anchor {anchor}`,
  'handoverCli.import.summary': 'Crear una bóveda nueva a partir de un archivo de traspaso.',
  'handoverCli.import.description': `Abre FILE con --identity FILE (la que escribió \`handover identity\`) o --passphrase,
comprueba cada línea, sección, hash y total, y crea una bóveda nueva en --vault NEWDIR (inexistente o
vacía) con una clave nueva, su propia frase de contraseña y un código de recuperación nuevo. Todo o
nada: un archivo dañado, cortado o cerrado para otra clave se rechaza y no deja nada. La frase nueva
viene de --new-passphrase-file, --passphrase-file o del entorno, o se pregunta dos veces en un
terminal.
Con --json: {fields}.`,
  'handoverCli.import.fileExpected': 'el archivo de traspaso',
  'handoverCli.import.identityOrPassphrase': 'Indique cómo abrir el archivo de traspaso: --identity FILE o --passphrase (uno de los dos).',
  'handoverCli.import.passphrasePrompt': 'Frase de contraseña del traspaso:',
  'handoverCli.import.noPassphrase': 'Hace falta la frase de contraseña del traspaso: indique --handover-passphrase-file FILE, o ejecute esto en un terminal para escribirla.',
  'handoverCli.import.made': `Bóveda nueva creada en {folder} a partir del traspaso: {entries, plural, one {# movimiento} other {# movimientos}}, comprobados uno a uno.`,
  'handoverCli.import.compare': 'Léale estos datos al tesorero saliente; deben ser idénticos a los suyos:',
  'handoverCli.import.identityDestroyed': 'La identidad {path} se destruyó: ya nadie puede abrir el archivo de traspaso. Borre también el archivo.',
  'handoverCli.import.checklist': `Código de recuperación: se muestra arriba solo esta vez; apúntelo en papel ahora.

Después:
  1. Active TOTP:  mutual-ledger totp enroll --vault {folder}
  2. Cambie a los suyos los accesos y la verificación en dos pasos de las plataformas de pago.
  3. Dígale al tesorero saliente que el ancla coincide: entonces puede retirar su bóveda.`,
  'handoverCli.import.recoveryCode': `Código de recuperación, mostrado solo esta vez:

    {recoveryCode}`,
  'handoverCli.retire.summary': 'Una vez hecho el traspaso, borrar esta bóveda para siempre.',
  'handoverCli.retire.description': `Pide el ancla que el nuevo tesorero lee en la bóveda que recibió (--anchor E:F:HASH), que debe ser
la de esta bóveda, y de nuevo la frase de contraseña. Después sobrescribe las ranuras de clave y
borra todos los archivos de la bóveda, y su carpeta. Se rechaza mientras haya una retención legal.
Con --json: {fields}.`,
  'handoverCli.retire.noAnchor': 'Indique el ancla que el nuevo tesorero lee en su bóveda: --anchor E:F:HASH.',
  'handoverCli.retire.done': 'La bóveda está retirada: se sobrescribieron sus ranuras de clave y se {files, plural, one {borró # archivo} other {borraron # archivos}} de {folder}.',
} satisfies Translation<typeof english>;
