import type { Translation } from '../translation.ts';
import type { funds as english } from '../en/funds.ts';

export const funds = {
  'funds.notFound': 'No hay ningún fondo #{id}.',
  'funds.nameTaken': 'Ya hay un fondo llamado «{name}».',
  'funds.restrictedTooLow': 'El fondo restringido «{fund}» tiene {held} el {date}; esto lo dejaría en {after} ese día. Un fondo restringido no puede gastarse por debajo de cero en ninguna fecha.',
} satisfies Translation<typeof english>;
