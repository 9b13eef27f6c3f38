import type { Translation } from '../translation.ts';
import type { app as english } from '../en/app.ts';

export const app = {
  'app.name': 'Mutual Ledger',
  'app.opening': 'Abriendo…',
  'app.couldNotOpen': 'No se pudo abrir la aplicación',
  'app.skipToMain': 'Saltar al contenido principal',
  'app.sections': 'Secciones',
  'app.sectionShortcut': '{section} (Alt+{number})',
  'app.section.dashboard': 'Resumen',
  'app.section.ledger': 'Libro',
  'app.section.accounts': 'Cuentas',
  'app.section.funds': 'Fondos',
  'app.section.vault': 'Bóveda',
  'app.lockNow': 'Bloquear ahora',
  'app.language': 'Idioma',
} satisfies Translation<typeof english>;
