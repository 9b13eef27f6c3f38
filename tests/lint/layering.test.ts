import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The layering messages ESLint reports for `code` as if it were the file at `path`. */
async function layeringErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'house/layering').map((message) => message.message);
}

describe('the layering of docs/architecture.md, held by the linter', () => {
  it('refuses electron outside the two glue files', async () => {
    expect(await layeringErrors('electron/core/vault/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await layeringErrors('electron/coreProcess.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await layeringErrors('electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
  });

  it('keeps electron/core to shared/ and itself', async () => {
    expect(await layeringErrors('electron/core/vault/x.ts', "import { a } from '../../cli/main.ts';\nexport const b = a;\n")).toHaveLength(1);
    expect(await layeringErrors('electron/core/vault/x.ts', "import { a } from '../../../renderer/App.tsx';\nexport const b = a;\n")).toHaveLength(1);
    expect(await layeringErrors('electron/core/vault/x.ts', "import { a } from '../../../shared/errors.ts';\nimport { b } from '../dispatcher.ts';\nexport const c = [a, b];\n")).toEqual([]);
  });

  it('keeps the renderer to shared/ and away from Node', async () => {
    expect(await layeringErrors('renderer/screens/X.tsx', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toHaveLength(1);
    expect(await layeringErrors('renderer/screens/X.tsx', "import { a } from '../../electron/core/treasury.ts';\nexport const b = a;\n")).toHaveLength(1);
    expect(await layeringErrors('renderer/screens/X.tsx', "import { a } from '../../shared/errors.ts';\nexport const b = a;\n")).toEqual([]);
  });

  it('lets shared/ import nothing of ours outside shared/', async () => {
    expect(await layeringErrors('shared/x.ts', "import { a } from '../electron/core/dispatcher.ts';\nexport const b = a;\n")).toHaveLength(1);
    expect(await layeringErrors('shared/x.ts', "import { createHash } from 'crypto';\nexport const b = createHash;\n")).toHaveLength(1);
  });
});
