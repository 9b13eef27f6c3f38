import { describe, expect, it } from 'vitest';
import { onFirstUse, sandboxForThisFile, oneErrorLine, runCli, waitForBackoff } from './cliRunner.ts';

const sandbox = sandboxForThisFile();

const first = 'correct horse battery staple lantern';
const second = 'violet harbour ledger copper thimble';
const third = 'quiet orchard pencil marble whistle';

function asTreasurer(passphrase: string): { env: Record<string, string> } {
  return { env: { MUTUAL_LEDGER_PASSPHRASE: passphrase } };
}

describe('mutual-ledger init and status', () => {
  const vault = sandbox.vault('init');
  const initialised = onFirstUse(async () => {
    const run = await runCli(sandbox, ['init', '--vault', vault], { env: { MUTUAL_LEDGER_NEW_PASSPHRASE: first } });
    return { run, fingerprint: /Group key fingerprint: (.+)/.exec(run.stdout)?.[1] ?? '' };
  });

  it('init prints the recovery code (once, to be written down) and the group key fingerprint', async () => {
    const { run, fingerprint } = await initialised();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Recovery code, shown only this once/);
    expect(run.stdout).toMatch(/^ {4}[0-9A-Z]{5}(-[0-9A-Z]{5})+$/m);
    expect(run.stdout).toMatch(/keep it apart from this laptop/);
    expect(fingerprint).toMatch(/\S/);
    expect(run.stdout).not.toContain(first);
  });

  it('status --json prints the vault details, with the same fingerprint', async () => {
    const { fingerprint } = await initialised();
    const run = await runCli(sandbox, ['status', '--vault', vault, '--json'], asTreasurer(first));
    expect(run.code).toBe(0);
    const details = JSON.parse(run.stdout);
    expect(details).toMatchObject({ vaultDir: vault, formatVersion: 2, groupKeyFingerprint: fingerprint, unlockedWith: 'treasurer', totp: { enrolled: false } });
    expect(details.keySlots.map((slot: { kind: string }) => slot.kind).sort()).toEqual(['recovery', 'treasurer']);
    expect(details.keySlots[0].argon2.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
  });

  it('status prints the facts for a person', async () => {
    const { fingerprint } = await initialised();
    const run = await runCli(sandbox, ['status', '--vault', vault, '--passphrase-file', sandbox.secretFile('first', `${first}\n`)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Vault          ${vault}`);
    expect(run.stdout).toMatch(/treasurer passphrase +updated .+ Argon2id m=\d+ MiB t=\d+ p=\d+/);
    expect(run.stdout).toContain(`Group key      ${fingerprint}`);
    expect(run.stdout).toContain('TOTP           off');
    expect(run.stdout).toContain('Auto-lock      after 5 minutes idle');
  });

  it('init refuses a folder that already holds a vault', async () => {
    await initialised();
    const run = await runCli(sandbox, ['init', '--vault', vault], { env: { MUTUAL_LEDGER_NEW_PASSPHRASE: second } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(oneErrorLine);
    expect(run.stderr).toContain('already a vault');
  });

  it('a wrong passphrase exits 1 with one line that says how long to wait', async () => {
    await initialised();
    const wrong = await runCli(sandbox, ['status', '--vault', vault], asTreasurer(second));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(oneErrorLine);
    expect(wrong.stderr).toContain('That passphrase does not open this vault. Wait 1 second before the next try.');
    expect(wrong.stderr).not.toContain(second);
    expect(wrong.stdout).toBe('');
    await waitForBackoff(wrong);
  });

  it('with --json, a failure is one JSON line on stderr with its code', async () => {
    await initialised();
    const wrong = await runCli(sandbox, ['status', '--vault', vault, '--json'], asTreasurer(third));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^[^\n]+\n$/);
    expect(JSON.parse(wrong.stderr)).toEqual({ error: { code: 'WRONG_SECRET', message: expect.any(String), key: expect.any(String), retryAfterSeconds: expect.any(Number) } });
    await waitForBackoff(wrong);
  });
});
