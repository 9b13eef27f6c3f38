import type { Translation } from '../translation.ts';
import type { funds as english } from '../en/funds.ts';

export const funds = {
  'funds.notFound': 'No hay ningún fondo #{id}.',
  'funds.nameTaken': 'Ya hay un fondo llamado «{name}».',
  'funds.sameName': 'El fondo ya se llama «{name}».',
  'funds.alreadyArchived': 'El fondo «{fund}» ya está archivado.',
  'funds.notArchived': 'El fondo «{fund}» no está archivado.',
  'funds.archiveNotEmpty': 'El fondo «{fund}» todavía tiene {balance}. Pase el dinero a otro fondo antes de archivarlo.',
  'funds.generalNotArchived': 'El fondo general recibe cada movimiento salvo que se elija otro fondo; no se puede archivar.',
  'funds.purposeNeeded': 'Diga en qué se puede gastar un fondo restringido: su propósito es lo que el grupo prometió a los donantes.',
  'funds.restrictedTooLow': 'El fondo restringido «{fund}» tiene {held} el {date}; esto lo dejaría en {after} ese día. Un fondo restringido no puede gastarse por debajo de cero en ninguna fecha.',
} satisfies Translation<typeof english>;
