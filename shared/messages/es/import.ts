import type { Translation } from '../translation.ts';
import type { importing as english } from '../en/import.ts';

export const importing = {
  'import.csvUnreadable': 'El archivo no se puede leer como CSV en la línea {line}: una celda entre comillas nunca se cierra.',
} satisfies Translation<typeof english>;
