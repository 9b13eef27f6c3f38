import type { Translation } from '../translation.ts';
import type { totp as english } from '../en/totp.ts';

export const totp = {
  'totp.alreadyOn': 'TOTP ya está activado. Desactívelo primero para registrar un autenticador nuevo.',
  'totp.notOn': 'TOTP no está activado en esta bóveda.',
  'totp.notPending': 'Primero empiece a activar TOTP: no hay ningún secreto esperando un código.',
  'totp.codeDoesNotMatch': 'Ese código no coincide. Revise que el autenticador muestre «Mutual Ledger» y que el reloj de esta computadora esté en hora; luego pruebe con el código actual.',
  'totp.backupCodeWrong': 'Ese código de respaldo es incorrecto o ya se usó.',
  'totp.codeAlreadyUsed': 'Ese código ya se usó. Espere el siguiente código en su autenticador.',
  'totp.codeWrong': 'Ese código es incorrecto. Escriba el código de seis dígitos que muestra ahora su autenticador, o un código de respaldo.',
} satisfies Translation<typeof english>;
