// What account and fund rename and archive print: the same words for both.
import type { Translator } from '../../shared/messages/translator.ts';

interface Named {
  id: number;
  name: string;
  archived: boolean;
}

export function renderRenamed(before: string, renamed: Named, words: Translator): string {
  return words.words('cli.rename.done', { id: String(renamed.id), from: before, to: renamed.name });
}

export function renderArchived(changed: Named, words: Translator): string {
  return words.words(changed.archived ? 'cli.archive.archived' : 'cli.archive.restored', { id: String(changed.id), name: changed.name });
}
