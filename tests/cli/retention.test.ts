// `retention show|plan|apply|set` and `hold status|place|lift`, run as a treasurer or a script would:
// the schedule chosen and changed, ages refused before anything is unlocked, a plan that the run then
// keeps to the count, a ledger that still verifies, and a legal hold that stops every run until the
// passphrase lifts it. Synthetic data only.
import { describe, expect, it } from 'vitest';
import type { RetentionOverview, RetentionPlan, ShredRun } from '../../shared/contract/index.ts';
import type { TreasuryClient } from '../../shared/treasuryBridge.ts';
import { recommendedInHelp } from '../../electron/cli/commands/retentionSet.ts';
import { oneErrorLine, runCli, sandboxForThisFile, waitForBackoff } from './cliRunner.ts';
import { addTwoAccounts, cliOn, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

/** A one-pixel PNG, as a receipt. */
const receipt = { mediaType: 'image/png', dataBase64: Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex').toString('base64') } as const;

/** The months from June 2023 to September 2026, as YYYY-MM: all in the past, some of them past every recommended age. */
const months = Array.from({ length: 40 }, (_, index) => {
  const month = 5 + index;
  return `${2023 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
});

/** Per month a contribution with a memo and a disbursement with a recipient code and a memo; a receipt every fourth month, a fee every sixth. */
async function fillAcrossMonths(client: TreasuryClient): Promise<void> {
  const { bank, venmo } = await addTwoAccounts(client);
  for (const [index, month] of months.entries()) {
    await client.ledger.record({ kind: 'contribution', date: `${month}-03`, amount: 10_000 + index, accountId: bank.id, memo: `Dues for ${month}` });
    await client.ledger.record({
      kind: 'disbursement',
      date: `${month}-17`,
      amount: 2_000 + index,
      accountId: bank.id,
      category: 'food',
      recipientCode: `R-${String(index).padStart(6, 'K')}`,
      memo: `Groceries ${month}`,
      ...(index % 4 === 0 ? { receipt } : {}),
    });
    if (index % 6 === 0) await client.ledger.record({ kind: 'fee', date: `${month}-20`, amount: 150, accountId: venmo.id });
  }
}

/** A vault of its own for one test, filled across the months, and a way to run the CLI on it. */
async function filledVault(name: string) {
  const vault = sandbox.vault(name);
  await seedVault(vault, fillAcrossMonths);
  return { vault, ...cliOn(sandbox, vault) };
}

type ShownPlan = RetentionPlan & { chosen: boolean };
type ShownRun = { run: ShredRun | null; compacted: boolean; chosen: boolean };

describe('mutual-ledger retention', () => {
  it('shows that no schedule is chosen, takes the recommended one, and keeps every change with its date', async () => {
    const { run, json } = await filledVault('schedule');
    const before = await json<RetentionOverview>(['retention', 'show']);
    expect(before).toMatchObject({ chosen: false, changes: [], runs: [], hold: null, holds: [], sealedBefore: null });
    expect(Object.values(before.ages)).toEqual(['never', 'never', 'never', 'never', 'never']);
    // Help states the recommended schedule as the flags that set it: the same as the core's.
    const recommendedFlags = `--memos ${before.recommended.memos} --receipts ${before.recommended.receipts} --recipient-codes ${before.recommended.recipientCodes} --entries ${before.recommended.entries} --shred-log ${before.recommended.shredLog}`;
    expect(recommendedInHelp).toBe(recommendedFlags);
    const text = await run(['retention', 'show']);
    expect(text.stdout).toContain('No retention schedule chosen yet: everything is kept, nothing is shredded.');
    expect(text.stdout).toMatch(/^Memos +forever +90 days$/m);

    const recommended = await json<RetentionOverview & { changed: boolean }>(['retention', 'set', '--recommended']);
    expect(recommended).toMatchObject({ chosen: true, changed: true, ages: before.recommended });
    expect(recommended.changes).toHaveLength(1);
    const again = await json<RetentionOverview & { changed: boolean }>(['retention', 'set', '--recommended']);
    expect(again).toMatchObject({ changed: false });
    expect(again.changes).toHaveLength(1);

    const memos = await run(['retention', 'set', '--memos', '30d']);
    expect(memos.code).toBe(0);
    expect(memos.stdout).toMatch(/^Saved\. The retention schedule is now:$/m);
    expect(memos.stdout).toMatch(/^Memos +30 days +90 days$/m);
    const shown = await json<RetentionOverview>(['retention', 'show']);
    expect(shown.ages).toEqual({ ...before.recommended, memos: '30d' });
    expect(shown.changes.map((change) => change.ages.memos)).toEqual(['30d', '90d']);
    const listed = await run(['retention', 'show']);
    expect(listed.stdout).toContain('Changes of the schedule, newest first:');
    expect(listed.stdout).toMatch(/^Retention schedule, in force since \d{1,2} [A-Z][a-z]{2} \d{4}:$/m);
  }, 120_000);

  it('refuses an AGE it cannot read, or no flag at all, as a usage error (exit 2) before anything is unlocked, and changes nothing', async () => {
    const { run, json } = await filledVault('bad-ages');
    const cases: Array<[string[], string]> = [
      [['--memos', '90days'], '--memos "90days": Write an age as a number and d, m or y'],
      [['--entries', '0d'], '--entries "0d": Write an age as a number and d, m or y'],
      [['--memos', '101y'], '--memos "101y": An age can be 100 years at the most.'],
      [['--recommended', '--shred-log', 'forever'], '--shred-log "forever": Write an age'],
      [[], '"retention set" needs --recommended or at least one of: --memos AGE, --receipts AGE, --recipient-codes AGE, --entries AGE, --shred-log AGE.'],
    ];
    for (const [flags, said] of cases) {
      // No passphrase at all: an AGE is read before the vault is, so none is asked for.
      const refused = await run(['retention', 'set', ...flags], {});
      expect(refused.code, flags.join(' ')).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(oneErrorLine);
      expect(refused.stderr).toContain(said);
    }
    const asJson = await run(['retention', 'set', '--memos', '90days', '--json']);
    expect(asJson.code).toBe(2);
    expect(JSON.parse(asJson.stderr)).toMatchObject({ error: { code: 'USAGE', key: 'retentionCli.set.badAge', params: { flag: '--memos', value: '90days' } } });
    expect(await json<RetentionOverview>(['retention', 'show'])).toMatchObject({ chosen: false, changes: [] });
  }, 120_000);

  it('plans a run that then shreds exactly what it counted, and leaves a ledger that still verifies', async () => {
    const { run, json } = await filledVault('apply');
    const unchosen = await json<ShownPlan>(['retention', 'plan']);
    expect(unchosen).toMatchObject({ chosen: false, hold: null, shredsAnything: false });
    expect((await run(['retention', 'plan'])).stdout).toContain('No retention schedule chosen yet: nothing will be shredded.');
    await json(['retention', 'set', '--recommended']);

    const plan = await json<ShownPlan>(['retention', 'plan']);
    expect(plan).toMatchObject({ chosen: true, hold: null, shredsAnything: true });
    expect(plan.policies.map((policy) => policy.policy)).toEqual(['memos', 'receipts', 'recipientCodes', 'entries', 'shredLog']);
    const planned = Object.fromEntries(plan.policies.map((policy) => [policy.policy, policy.total]));
    for (const policy of plan.policies) expect(policy.months.reduce((sum, month) => sum + month.count, 0)).toBe(policy.total);
    expect(planned.entries).toBeGreaterThan(0);
    expect(planned.memos).toBeGreaterThan(0);
    expect(planned.receipts).toBeGreaterThan(0);
    expect(planned.recipientCodes).toBeGreaterThan(0);
    const text = await run(['retention', 'plan']);
    expect(text.stdout).toMatch(/^What the next run would shred, as of \d{1,2} [A-Z][a-z]{2} \d{4}:$/m);
    expect(text.stdout).toMatch(new RegExp(`^Entries +24 months +\\d{1,2} [A-Z][a-z]{2} \\d{4} +${planned.entries}$`, 'm'));
    expect(text.stdout).toMatch(/^June 2023 +3$/m);
    expect(text.stdout).toContain('Shred it now with: mutual-ledger retention apply');

    const applied = await json<ShownRun>(['retention', 'apply']);
    expect(applied).toMatchObject({ compacted: true, chosen: true, run: { startedBy: 'treasurer', counts: planned } });
    const verified = await run(['verify']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^OK: /);

    const after = await json<ShownPlan>(['retention', 'plan']);
    expect(after.shredsAnything).toBe(false);
    const shown = await json<RetentionOverview>(['retention', 'show']);
    expect(shown.runs).toEqual([applied.run]);
    expect(shown.sealedBefore).toMatch(/^\d{4}-\d{2}$/);
    const again = await run(['retention', 'apply']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('Nothing was due: nothing was shredded.\nThe database was compacted: no shredded byte is left in it.\n');
    const log = await run(['retention', 'show']);
    expect(log.stdout).toMatch(
      new RegExp(`^\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d\\d:\\d\\d +the treasurer +${planned.memos} +${planned.receipts} +${planned.recipientCodes} +${planned.entries} +0$`, 'm'),
    );
  }, 180_000);

  it('shows on a terminal how far the run is, shredding then compacting, and erases the line before the result', async () => {
    const { run, json } = await filledVault('progress');
    await json(['retention', 'set', '--recommended']);
    const watched = await run(['retention', 'apply'], { ...unlockEnv, terminal: true });
    expect(watched.code).toBe(0);
    // Each redraw starts by erasing the line; the result comes after the last erase.
    const drawn = watched.stdout.split('\r\u001b[2K');
    expect(drawn).toContainEqual(expect.stringMatching(/^Shredding: 1 of \d+ steps done \(\d+ %\) Ctrl-C stops\.$/));
    expect(drawn).toContain('Compacting the database, so that no shredded byte is left in it… Ctrl-C stops.');
    expect(drawn.at(-1)).toMatch(/^Shredded:\r?\nMemos +\d+\r?\n/);
  }, 120_000);

  it('places a legal hold that refuses every run and changes nothing, and lifts it only with the passphrase', async () => {
    const { run, json } = await filledVault('hold');
    await json(['retention', 'set', '--recommended']);
    expect(await json(['hold', 'status'])).toEqual({ hold: null });
    expect((await run(['hold', 'place'])).code).toBe(2);
    const blank = await run(['hold', 'place', '--note', '   ']);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('--note: Say why the hold is placed');

    const note = 'Subpoena, synthetic case 0002';
    const placed = await run(['hold', 'place', '--note-file', '-', '--json'], { ...unlockEnv, input: `${note}\n` });
    expect(placed.code).toBe(0);
    expect(JSON.parse(placed.stdout)).toEqual({ hold: { note, placedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) } });
    const second = await run(['hold', 'place', '--note', 'another']);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('A legal hold already stands');

    const planBefore = await json<ShownPlan>(['retention', 'plan']);
    expect(planBefore).toMatchObject({ hold: { note }, shredsAnything: false });
    expect((await run(['retention', 'plan'])).stdout).toContain(`A legal hold stands since`);
    const refused = await run(['retention', 'apply']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(oneErrorLine);
    expect(refused.stderr).toContain(`(${note}): nothing is shredded while it does.`);
    const refusedJson = await run(['retention', 'apply', '--json']);
    expect(refusedJson.code).toBe(1);
    expect(JSON.parse(refusedJson.stderr)).toMatchObject({ error: { code: 'NOT_PERMITTED', key: 'retention.underHold' } });
    expect(await json<ShownPlan>(['retention', 'plan'])).toEqual(planBefore);
    expect((await json<RetentionOverview>(['retention', 'show'])).runs).toEqual([]);

    const status = await json<{ hold: { note: string; placedAt: string } | null }>(['hold', 'status']);
    expect(status.hold?.note).toBe(note);
    const statusText = await run(['hold', 'status']);
    expect(statusText.stdout).toMatch(new RegExp(`^A legal hold stands since \\d{1,2} [A-Z][a-z]{2} \\d{4}: ${note}$`, 'm'));

    const wrong = await run(['hold', 'lift'], { env: { MUTUAL_LEDGER_PASSPHRASE: 'not the passphrase at all, surely' } });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(oneErrorLine);
    expect(wrong.stderr).toContain('That passphrase does not open this vault.');
    await waitForBackoff(wrong);
    expect(await json(['hold', 'status'])).toEqual(status);

    const lifted = await json<{ hold: null; liftedAt: string }>(['hold', 'lift']);
    expect(lifted).toEqual({ hold: null, liftedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    expect(await json(['hold', 'status'])).toEqual({ hold: null });
    const none = await run(['hold', 'lift']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('No legal hold stands.');
    const shown = await json<RetentionOverview>(['retention', 'show']);
    expect(shown.holds).toEqual([{ note, placedAt: status.hold?.placedAt, liftedAt: lifted.liftedAt }]);
    expect((await json<ShownRun>(['retention', 'apply'])).run?.counts).toEqual(Object.fromEntries(planBefore.policies.map((policy) => [policy.policy, policy.total])));
  }, 180_000);

  it('speaks Spanish: the plan under a hold and the hold’s status, with the same --json', async () => {
    const { run, json } = await filledVault('spanish');
    await json(['retention', 'set', '--recommended']);
    await json(['hold', 'place', '--note', 'Auditoría sintética 0003']);
    const plan = await run(['retention', 'plan', '--lang', 'es']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/^Lo que destruiría la próxima ejecución, al \d{1,2} [a-z]{3} \d{4}:$/m);
    expect(plan.stdout).toContain('Hay una retención legal desde el');
    expect(plan.stdout).toContain('(Auditoría sintética 0003): mientras siga, no se destruirá nada.');
    expect(plan.stdout).toMatch(/^TIPO DE REGISTRO +SE CONSERVA +CON FECHA ANTERIOR AL +A DESTRUIR$/m);
    expect(plan.stdout).toMatch(/^Notas +90 días +\d{1,2} [a-z]{3} \d{4} +\d+$/m);
    expect(plan.stdout).toMatch(/^Movimientos +24 meses /m);
    expect(plan.stdout).toMatch(/^junio de 2023 +3$/m);
    const status = await run(['hold', 'status', '--lang', 'es']);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^Hay una retención legal desde el \d{1,2} [a-z]{3} \d{4}: Auditoría sintética 0003$/m);
    expect(status.stdout).toContain('Mientras siga, no se destruye nada.');
    // --json: the same field names and values in every language.
    const [english, spanish] = await Promise.all([run(['hold', 'status', '--json']), run(['hold', 'status', '--json', '--lang', 'es'])]);
    expect(spanish.stdout).toBe(english.stdout);
    const refused = await run(['retention', 'apply', '--lang', 'es']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Hay una retención legal desde el');
  }, 120_000);

  it('lists the commands in help, in both languages', async () => {
    const [english, spanish, group] = await Promise.all([runCli(sandbox, ['--help']), runCli(sandbox, ['--help', '--lang', 'es']), runCli(sandbox, ['hold', '--help'])]);
    for (const command of ['retention show', 'retention plan', 'retention apply', 'retention set', 'hold status', 'hold place', 'hold lift']) {
      expect(english.stdout).toMatch(new RegExp(`^ {2}${command} +\\S`, 'm'));
      expect(spanish.stdout).toMatch(new RegExp(`^ {2}${command} +\\S`, 'm'));
    }
    expect(spanish.stdout).toMatch(/^ {2}hold place +Poner una retención legal: no se destruye nada hasta levantarla\.$/m);
    expect(group.stdout).toContain('Usage: mutual-ledger hold COMMAND --vault DIR');
    const unknown = await runCli(sandbox, ['retention', 'shred', '--vault', sandbox.vault('none')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "retention shred"');
  });
});
