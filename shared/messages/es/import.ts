import type { Translation } from '../translation.ts';
import type { importing as english } from '../en/import.ts';

export const importing = {
  'import.csvUnreadable': 'El archivo no se puede leer como CSV en la línea {line}: una celda entre comillas nunca se cierra.',
  'import.badDate': 'La fecha «{written}» no es de las que escribe este extracto.',
  'import.unknownStatus': 'El estado «{status}» no es uno que este importador conozca, así que la fila no se registra.',
  'import.badAmount': 'El monto no se puede leer: {problem}',
} satisfies Translation<typeof english>;
