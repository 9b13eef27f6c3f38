import { say, type Message } from '../../shared/messages/message.ts';

/** The parts of the open app, in the order the navigation lists them (Alt+1 … Alt+7). */
export const sections = [
  { id: 'dashboard', name: say('app.section.dashboard') },
  { id: 'ledger', name: say('app.section.ledger') },
  { id: 'accounts', name: say('app.section.accounts') },
  { id: 'funds', name: say('app.section.funds') },
  { id: 'retention', name: say('retentionScreen.section') },
  { id: 'summary', name: say('auditScreen.section') },
  { id: 'vault', name: say('app.section.vault') },
] as const satisfies readonly { id: string; name: Message }[];

export type SectionId = (typeof sections)[number]['id'];

/** The section an Alt+digit shortcut opens, if the key is one. */
export function sectionForShortcut(event: KeyboardEvent): SectionId | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  // The physical key, so the shortcut works whatever the keyboard layout types with Alt held.
  const match = /^Digit([1-9])$/.exec(event.code);
  if (match === null) return null;
  return sections[Number(match[1]) - 1]?.id ?? null;
}
