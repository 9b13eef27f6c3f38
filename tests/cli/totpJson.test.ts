import { describe, expect, it } from 'vitest';
import { errorCode, sandboxForThisFile, initVault, oathtoolCode, oneErrorLine, runCli, secretFromOutput } from './cliRunner.ts';

const sandbox = sandboxForThisFile();

const passphrase = 'correct horse battery staple lantern';
const unlockEnv = { MUTUAL_LEDGER_PASSPHRASE: passphrase };

describe('mutual-ledger totp enroll --json, and totp disable', () => {
  it('a wrong confirmation code leaves TOTP off', async () => {
    const vault = await initVault(sandbox, 'wrong-code', passphrase);
    const run = await runCli(sandbox, ['totp', 'enroll', '--vault', vault], {
      env: unlockEnv,
      replies: [{ after: /Reading the code from stdin/, send: (output) => `${wrongCodeFor(secretFromOutput(output))}\n` }],
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(oneErrorLine);
    expect(run.stderr).toContain('does not match');
    const asJson = await runCli(sandbox, ['totp', 'enroll', '--vault', vault, '--json'], {
      env: unlockEnv,
      replies: [{ after: /\n/, send: (output) => `${wrongCodeFor(JSON.parse(output.split('\n')[0] ?? '').secret)}\n` }],
    });
    expect(asJson.code).toBe(1);
    expect(errorCode(asJson)).toBe('TOTP_INVALID');
    const status = await runCli(sandbox, ['status', '--vault', vault, '--json'], { env: unlockEnv });
    expect(JSON.parse(status.stdout)).toMatchObject({ totp: { enrolled: false } });
  });

  it('prints two JSON lines: the secret first, the backup codes once confirmed', async () => {
    const { lines } = await enrolWithJson('enrolled');
    expect(lines).toEqual([{ secret: expect.stringMatching(/^[A-Z2-7]+$/), otpauthUri: expect.stringMatching(/^otpauth:\/\/totp\//) }, { backupCodes: expect.arrayContaining([expect.any(String)]) }]);
  });

  it('totp disable takes the passphrase and a code; afterwards the passphrase alone unlocks', async () => {
    const { vault, secret } = await enrolWithJson('disabled');
    const run = await runCli(sandbox, ['totp', 'disable', '--vault', vault, '--json', '--totp', oathtoolCode(secret, 30)], { env: unlockEnv });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ totpEnrolled: false });
    const status = await runCli(sandbox, ['status', '--vault', vault, '--json'], { env: unlockEnv });
    expect(JSON.parse(status.stdout)).toMatchObject({ totp: { enrolled: false } });
  });
});

/** A new vault with TOTP enrolled through `totp enroll --json`, the JSON lines that printed, and the secret. */
async function enrolWithJson(name: string): Promise<{ vault: string; lines: unknown[]; secret: string }> {
  const vault = await initVault(sandbox, name, passphrase);
  const run = await runCli(sandbox, ['totp', 'enroll', '--vault', vault, '--json'], {
    env: unlockEnv,
    replies: [{ after: /\n/, send: (output) => `${oathtoolCode(JSON.parse(output.split('\n')[0] ?? '').secret)}\n` }],
  });
  expect(run.code).toBe(0);
  const lines = run.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  return { vault, lines, secret: lines[0].secret };
}

/** A six-digit code that none of the accepted steps (now and one either side) would produce. */
function wrongCodeFor(secret: string): string {
  const accepted = new Set([-30, 0, 30].map((offset) => oathtoolCode(secret, offset)));
  let code = 0;
  while (accepted.has(String(code).padStart(6, '0'))) code += 1;
  return String(code).padStart(6, '0');
}
