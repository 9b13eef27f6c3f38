import { describe, expect, it } from 'vitest';
import { errorCode, sandboxForThisFile, initVault, oathtoolCode, oneErrorLine, onFirstUse, runCli, secretFromOutput, waitForBackoff } from './cliRunner.ts';

const sandbox = sandboxForThisFile();

const passphrase = 'correct horse battery staple lantern';
const unlockEnv = { MUTUAL_LEDGER_PASSPHRASE: passphrase };

describe('mutual-ledger totp enroll, from a script over stdin', () => {
  const enrolled = onFirstUse(async () => {
    const vault = await initVault(sandbox, 'enrolled', passphrase);
    const run = await runCli(sandbox, ['totp', 'enroll', '--vault', vault], {
      env: unlockEnv,
      replies: [{ after: /Reading the code from stdin/, send: (output) => `${oathtoolCode(secretFromOutput(output))}\n` }],
    });
    const backupCodes = [...run.stdout.slice(run.stdout.indexOf('Backup codes')).matchAll(/^ {4}(\S+)$/gm)].map((match) => match[1] ?? '');
    return { vault, run, secret: secretFromOutput(run.stdout), backupCodes };
  });

  it('prints the key and URI, takes the code oathtool computes on stdin, and prints the backup codes', async () => {
    const { run, secret, backupCodes } = await enrolled();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Key to type by hand:  ${secret.match(/.{1,4}/g)?.join(' ')}`);
    expect(run.stdout).toContain('not encryption');
    expect(run.stdout).toContain('TOTP is on');
    expect(backupCodes.length).toBeGreaterThanOrEqual(8);
  });

  it('status then needs a TOTP code: without one it is a usage error', async () => {
    const { vault } = await enrolled();
    const run = await runCli(sandbox, ['status', '--vault', vault], { env: unlockEnv });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(oneErrorLine);
    expect(run.stderr).toContain('MUTUAL_LEDGER_TOTP');
  });

  it('a fresh code from oathtool unlocks once; replayed, it is refused as a used code, not as a backoff', async () => {
    const { vault, secret, backupCodes } = await enrolled();
    // The next step's code: the one used to enrol (this step's) may not be used again.
    const freshCode = oathtoolCode(secret, 30);
    const run = await runCli(sandbox, ['status', '--vault', vault, '--json', '--totp', freshCode], { env: unlockEnv });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ totp: { enrolled: true, backupCodesLeft: backupCodes.length } });

    const replayed = await runCli(sandbox, ['status', '--vault', vault], { env: { ...unlockEnv, MUTUAL_LEDGER_TOTP: freshCode } });
    expect(replayed.code).toBe(1);
    expect(replayed.stderr).toMatch(oneErrorLine);
    expect(replayed.stderr).toContain('already used');
    await waitForBackoff(replayed);
    const asJson = await runCli(sandbox, ['status', '--vault', vault, '--json'], { env: { ...unlockEnv, MUTUAL_LEDGER_TOTP: freshCode } });
    expect(asJson.code).toBe(1);
    expect(errorCode(asJson)).toBe('TOTP_INVALID');
    await waitForBackoff(asJson);
  });

  it('a backup code works once', async () => {
    const { vault, backupCodes } = await enrolled();
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
