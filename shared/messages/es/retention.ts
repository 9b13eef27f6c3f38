import type { Translation } from '../translation.ts';
import type { retention as english } from '../en/retention.ts';

export const retention = {
  'retention.holdAlreadyStands': 'Ya hay una retención legal, puesta el {since}. Levántela antes de poner otra.',
  'retention.noHold': 'No hay ninguna retención legal.',
  'retention.underHold': 'Hay una retención legal desde el {since} ({note}): mientras siga, no se destruye nada.',
} satisfies Translation<typeof english>;
