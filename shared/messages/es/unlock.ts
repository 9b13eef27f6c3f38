import type { Translation } from '../translation.ts';
import type { unlock as english } from '../en/unlock.ts';

export const unlock = {
  'unlock.title': 'Desbloquear la bóveda',
  'unlock.vaultFolder': 'Carpeta de la bóveda',
  'unlock.passphraseLabel': 'Frase de contraseña',
  'unlock.recoveryCodeLabel': 'Código de recuperación',
  'unlock.recoveryCodeHint': 'El código que anotó al crear la bóveda. No importan las mayúsculas, los espacios ni los guiones.',
  'unlock.unlocking': 'Desbloqueando…',
  'unlock.unlock': 'Desbloquear',
  'unlock.usePassphrase': 'Usar la frase de contraseña',
  'unlock.useRecoveryCode': 'Usar el código de recuperación',
  'unlock.lastLockAt':
    '{reason, select, manual {Usted bloqueó la bóveda a las {time}.} idle {Se bloqueó a las {time} porque la aplicación no se usó por un rato.} suspend {Se bloqueó a las {time} cuando la computadora entró en suspensión.} screenLock {Se bloqueó a las {time} cuando se bloqueó la pantalla.} shutdown {Se bloqueó a las {time} cuando se cerró la aplicación.} other {La bóveda se bloqueó a las {time}.}}',
  'unlock.lastLock':
    '{reason, select, manual {Usted bloqueó la bóveda.} idle {Se bloqueó porque la aplicación no se usó por un rato.} suspend {Se bloqueó cuando la computadora entró en suspensión.} screenLock {Se bloqueó cuando se bloqueó la pantalla.} shutdown {Se bloqueó cuando se cerró la aplicación.} other {La bóveda se bloqueó.}}',
  'unlock.totp.title': 'Escriba el código de su teléfono',
  'unlock.totp.intro': 'La frase de contraseña es correcta. Ahora abra su aplicación de autenticación y escriba el código que muestra para Mutual Ledger.',
  'unlock.totp.codeLabel': 'Código de seis dígitos, o un código de respaldo',
  'unlock.totp.codeHint': '¿Perdió el teléfono? Escriba en su lugar uno de los códigos de respaldo que guardó. Cada código de respaldo sirve una sola vez.',
  'unlock.totp.back': 'Volver a la frase de contraseña',
} satisfies Translation<typeof english>;
