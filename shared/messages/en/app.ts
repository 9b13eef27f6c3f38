// Messages of the app namespace; keys start with "app.". See docs/messages.md.
export const app = {
  'app.name': 'Mutual Ledger',
  'app.opening': 'Opening…',
  'app.couldNotOpen': 'The app could not open',
  'app.skipToMain': 'Skip to main content',
  'app.sections': 'Sections',
  'app.sectionShortcut': '{section} (Alt+{number})',
  'app.section.dashboard': 'Dashboard',
  'app.section.ledger': 'Ledger',
  'app.section.accounts': 'Accounts',
  'app.section.funds': 'Funds',
  'app.section.vault': 'Vault',
  'app.lockNow': 'Lock now',
  'app.language': 'Language',
} as const;
