import { describe, expect, it } from 'vitest';
import { errorCode, sandboxForThisFile, initVault, oathtoolCode, oneErrorLine, runCli, secretFromOutput, waitForBackoff } from './cliRunner.ts';

const sandbox = sandboxForThisFile();

const passphrase = 'correct horse battery staple lantern';
const unlockEnv = { MUTUAL_LEDGER_PASSPHRASE: passphrase };

describe('mutual-ledger totp enroll, from a script over stdin', () => {
  let vault = '';
  let secret = '';
  let backupCodes: string[] = [];
  let freshCode = '';

  it('prints the key and URI, takes the code oathtool computes on stdin, and prints the backup codes', async () => {
    vault = await initVault(sandbox, 'enrolled', passphrase);
    const run = await runCli(sandbox, ['totp', 'enroll', '--vault', vault], {
      env: unlockEnv,
      replies: [{ after: /Reading the code from stdin/, send: (output) => `${oathtoolCode(secretFromOutput(output))}\n` }],
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    secret = secretFromOutput(run.stdout);
    expect(run.stdout).toContain(`Key to type by hand:  ${secret.match(/.{1,4}/g)?.join(' ')}`);
    expect(run.stdout).toContain('not encryption');
    expect(run.stdout).toContain('TOTP is on');
    backupCodes = [...run.stdout.slice(run.stdout.indexOf('Backup codes')).matchAll(/^ {4}(\S+)$/gm)].map((match) => match[1] ?? '');
    expect(backupCodes.length).toBeGreaterThanOrEqual(8);
  });

  it('status then needs a TOTP code: without one it is a usage error', async () => {
    const run = await runCli(sandbox, ['status', '--vault', vault], { env: unlockEnv });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(oneErrorLine);
    expect(run.stderr).toContain('MUTUAL_LEDGER_TOTP');
  });

  it('status works with a fresh code from oathtool', async () => {
    // The next step's code: the one used to enrol (this step's) may not be used again.
    freshCode = oathtoolCode(secret, 30);
    const run = await runCli(sandbox, ['status', '--vault', vault, '--json', '--totp', freshCode], { env: unlockEnv });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ totp: { enrolled: true, backupCodesLeft: backupCodes.length } });
  });

  it('a replayed code is refused as a used code, not as a backoff', async () => {
    const run = await runCli(sandbox, ['status', '--vault', vault], { env: { ...unlockEnv, MUTUAL_LEDGER_TOTP: freshCode } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(oneErrorLine);
    expect(run.stderr).toContain('already used');
    await waitForBackoff(run);
    const asJson = await runCli(sandbox, ['status', '--vault', vault, '--json'], { env: { ...unlockEnv, MUTUAL_LEDGER_TOTP: freshCode } });
    expect(asJson.code).toBe(1);
    expect(errorCode(asJson)).toBe('TOTP_INVALID');
    await waitForBackoff(asJson);
  });

  it('a backup code works once', async () => {
    const [backupCode = ''] = backupCodes;
    const used = await runCli(sandbox, ['status', '--vault', vault, '--json', '--totp', backupCode], { env: unlockEnv });
    expect(used.code).toBe(0);
    expect(JSON.parse(used.stdout)).toMatchObject({ totp: { backupCodesLeft: backupCodes.length - 1 } });

    const again = await runCli(sandbox, ['status', '--vault', vault, '--json', '--totp', backupCode], { env: unlockEnv });
    expect(again.code).toBe(1);
    expect(errorCode(again)).toBe('TOTP_INVALID');
    expect(again.stderr).toContain('already been used');
    await waitForBackoff(again);
  });
});
