// The catalogues are complete: every key in both languages, with the same arguments of the same
// kinds, each one parsed, and each one used by some code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { english, spanish } from '../../../shared/messages/catalogues.ts';

/** Each argument a message names, with how it is formatted: "count:plural", "name:argument". */
function argumentsOf(elements: MessageFormatElement[]): string[] {
  const found = new Set<string>();
  const walk = (list: MessageFormatElement[]) => {
    for (const element of list) {
      if (element.type === TYPE.argument) found.add(`${element.value}:argument`);
      if (element.type === TYPE.number) found.add(`${element.value}:number`);
      if (element.type === TYPE.date || element.type === TYPE.time) found.add(`${element.value}:date`);
      if (element.type === TYPE.plural) found.add(`${element.value}:plural`);
      if (element.type === TYPE.select) found.add(`${element.value}:select`);
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(elements);
  return [...found].sort();
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the message catalogues', () => {
  const keys = Object.keys(english);

  it('hold the same keys in English and Spanish', () => {
    expect(Object.keys(spanish).sort()).toEqual([...keys].sort());
  });

  it('give every key the same arguments, of the same kinds, in both languages', () => {
    const differing = keys.filter((key) => {
      const ours = key as keyof typeof english;
      return JSON.stringify(argumentsOf(parse(english[ours], { ignoreTag: true }))) !== JSON.stringify(argumentsOf(parse(spanish[ours], { ignoreTag: true })));
    });
    expect(differing).toEqual([]);
  });

  it('name each key after its namespace file', () => {
    const root = 'shared/messages/en';
    for (const file of readdirSync(root)) {
      const namespace = file.replace(/\.ts$/, '');
      const text = readFileSync(join(root, file), 'utf8');
      const declared = [...text.matchAll(/^ {2}'([^']+)':/gm)].map((match) => match[1] ?? '');
      expect(
        declared.filter((key) => !key.startsWith(`${namespace}.`)),
        file,
      ).toEqual([]);
    }
  });

  it('hold no key that no code uses (each key is written out where it is used)', () => {
    const code = ['electron', 'shared', 'renderer']
      .flatMap(sourceFiles)
      .filter((path) => !path.startsWith(join('shared', 'messages', 'en')) && !path.startsWith(join('shared', 'messages', 'es')))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    expect(keys.filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });
});
