// Free text (memos, reasons, names, purposes) read from a file or stdin, so it never sits in argv,
// shell history or `ps`. Synthetic data only.
import { describe, expect, it } from 'vitest';
import { sandboxForThisFile, oneErrorLine, runCli } from './cliRunner.ts';
import { addTwoAccounts, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

describe('mutual-ledger --memo-file, --reason-file, --name-file, --purpose-file', () => {
  const vault = sandbox.vault('free-text');
  const run = (args: string[], input?: string) => runCli(sandbox, [...args, '--vault', vault, '--json'], { ...unlockEnv, ...(input === undefined ? {} : { input }) });
  const entries = async () => (JSON.parse((await run(['list'])).stdout) as { entries: Array<{ seq: number; memo: string | null }> }).entries;

  it('record reads the memo from a file, without its final line break', async () => {
    await seedVault(vault, addTwoAccounts);
    const memoFile = sandbox.secretFile('memo.txt', 'Rent for household K-12, March\n');
    const recorded = await run(['record', 'disbursement', '--account', 'Credit union', '--amount', '25', '--memo-file', memoFile]);
    expect(recorded.stderr).toBe('');
    expect(recorded.code).toBe(0);
    expect(JSON.parse(recorded.stdout)).toMatchObject({ seq: 1, memo: 'Rent for household K-12, March' });
  });

  it('reverse reads the memo from stdin with --memo-file -', async () => {
    const reversed = await run(['reverse', '1', '--memo-file', '-'], 'Typed amount twice\r\n');
    expect(reversed.code).toBe(0);
    expect(JSON.parse(reversed.stdout)).toMatchObject({ seq: 2, reversesSeq: 1, memo: 'Typed amount twice' });
  });

  it('account status reads the reason, fund add the name and purpose, category add the name', async () => {
    const frozen = await run(['account', 'status', '--account', 'Venmo', '--set', 'frozen', '--reason-file', sandbox.secretFile('reason.txt', 'Platform review after a bail payment\n')]);
    expect(frozen.code).toBe(0);
    expect(JSON.parse(frozen.stdout)).toMatchObject({ status: 'frozen', statusReason: 'Platform review after a bail payment' });

    const fund = await run(['fund', 'add', '--name-file', '-', '--purpose-file', sandbox.secretFile('purpose.txt', 'Bail for the spring arrests')], 'Spring bail fund\n');
    expect(fund.code).toBe(0);
    expect(JSON.parse(fund.stdout)).toMatchObject({ name: 'Spring bail fund', purpose: 'Bail for the spring arrests' });

    const category = await run(['category', 'add', '--name-file', sandbox.secretFile('category.txt', 'Court fees')]);
    expect(category.code).toBe(0);
    expect(JSON.parse(category.stdout)).toMatchObject({ name: 'court fees' });
  });

  it('list reads the text to look for from a file', async () => {
    const listed = await run(['list', '--memo-contains-file', sandbox.secretFile('search.txt', 'household K-12\n')]);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as { entries: Array<{ seq: number }> }).entries.map((entry) => entry.seq)).toEqual([1]);
  });

  it.each([
    { args: ['--memo', 'typed', '--memo-file', 'memo.txt'], says: 'Give --memo or --memo-file, not both.' },
    { args: ['--memo-file', '-', '--memo-contains-file', '-'], says: 'Only one flag can read stdin' },
  ])('exits 2 and records nothing for $args', async ({ args }) => {
    const command = args.includes('--memo-contains-file') ? ['list', ...args] : ['record', 'contribution', '--account', 'Credit union', '--amount', '5', ...args];
    const refused = await runCli(sandbox, [...command, '--vault', vault], unlockEnv);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(oneErrorLine);
    expect((await entries()).map((entry) => entry.seq)).toEqual([2, 1]);
  });

  it('a memo file that cannot be read fails before anything is unlocked or written', async () => {
    const refused = await run(['record', 'contribution', '--account', 'Credit union', '--amount', '5', '--memo-file', sandbox.vault('no-such-memo.txt')]);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stderr)).toEqual({
      error: { code: 'FILE_UNREADABLE', message: expect.stringContaining('no such file'), key: 'cli.freeText.cannotRead', params: expect.objectContaining({ flag: '--memo-file' }) },
    });
    expect((await entries()).map((entry) => entry.seq)).toEqual([2, 1]);
  });

  it('help says typed flags land in shell history, and that --totp is safe to type', async () => {
    const help = await runCli(sandbox, ['record', '--help']);
    expect(help.stdout).toContain('shell’s history');
    expect(help.stdout).toContain('--memo-file FILE');
    expect(help.stdout).toContain('a used one is worthless');
    const general = await runCli(sandbox, ['--help']);
    expect(general.stdout).toContain('shell’s history');
    expect(general.stdout).toContain('not through npx');
  });
});
