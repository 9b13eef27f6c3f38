// The project's documents point only at files inside the repository: someone who clones it has nothing
// else. Every Markdown link must resolve to a file that exists here, and none may leave the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const markdownFiles = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file !== '' && !file.startsWith('node_modules/'));

/** [text](target) links, without the #anchor. */
function links(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => (match[1] ?? '').split('#')[0] ?? '').filter((target) => target !== '');
}

it('finds the documents to check', () => {
  expect(markdownFiles).toEqual(expect.arrayContaining(['README.md', 'SECURITY.md', 'docs/architecture.md', 'docs/threat-model.md']));
});

it.each(markdownFiles)('%s links only to files inside the repository', (file) => {
  const outside = links(readFileSync(path.join(root, file), 'utf8')).filter((target) => {
    if (/^[a-z]+:/i.test(target) || target.startsWith('/')) return true;
    const resolved = path.resolve(root, path.dirname(file), target);
    return !resolved.startsWith(root) || !existsSync(resolved);
  });
  expect(outside).toEqual([]);
});
