// Category rules as a terminal shows them: in the order they are tried.
import type { CategoryRule } from '../../shared/contract/index.ts';
import type { Translator } from '../../shared/messages/translator.ts';
import { renderTable } from './textTable.ts';

export function renderRules(rules: readonly CategoryRule[], words: Translator): string {
  return renderTable(rules, [
    { heading: words.words('importCli.heading.position'), cell: (rule) => String(rule.position), align: 'right' },
    { heading: words.words('importCli.heading.id'), cell: (rule) => `#${rule.id}` },
    { heading: words.words('importCli.heading.contains'), cell: (rule) => rule.contains },
    { heading: words.words('importCli.heading.direction'), cell: (rule) => words.words('importCli.direction', { direction: rule.direction ?? 'either' }) },
    { heading: words.words('importCli.heading.category'), cell: (rule) => rule.category },
  ]);
}
