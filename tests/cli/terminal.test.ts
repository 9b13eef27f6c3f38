// A person at a keyboard: secrets are prompted for without echo (under a pseudo-terminal from
// util-linux `script`, where stderr and stdout arrive together).
import { describe, expect, it } from 'vitest';
import { entriesPerSlice } from '../../electron/core/ledger/verifyLedger.ts';
import { sandboxForThisFile, oathtoolCode, runCli, secretFromOutput } from './cliRunner.ts';
import { addTwoAccounts, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

const passphrase = 'correct horse battery staple lantern';
const backspace = '\u007f';
const ctrlC = '\u0003';

describe('mutual-ledger on a terminal', () => {
  const vault = sandbox.vault('typed');

  it('init asks for the passphrase twice, refuses a weak one and a mismatch, and never echoes it', async () => {
    const run = await runCli(sandbox, ['init', '--vault', vault], {
      terminal: true,
      replies: [
        { after: /New passphrase for the new vault: $/, send: 'password123\r' },
        { after: /Type it again: $/, send: 'password123\r' },
        { after: /New passphrase for the new vault: $/, send: `${passphrase}\r` },
        { after: /Type it again: $/, send: 'a different passphrase entirely\r' },
        { after: /New passphrase for the new vault: $/, send: `${passphrase}\r` },
        { after: /Type it again: $/, send: `${passphrase}\r` },
      ],
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Too weak');
    expect(run.stdout).toContain('The two entries differ');
    expect(run.stdout).toContain('Recovery code, shown only this once');
    for (const typed of [passphrase, 'password123', 'a different passphrase']) expect(run.stdout).not.toContain(typed);
  });

  it('status prompts for the passphrase without echo; Backspace edits it', async () => {
    const run = await runCli(sandbox, ['status', '--vault', vault], {
      terminal: true,
      replies: [{ after: /Passphrase: $/, send: `xy${backspace}${backspace}${passphrase}\r` }],
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Vault          ${vault}`);
    expect(run.stdout).not.toContain(passphrase);
  });

  it('Ctrl-C at a prompt cancels with exit 1', async () => {
    const run = await runCli(sandbox, ['status', '--vault', vault], { terminal: true, replies: [{ after: /Passphrase: $/, send: ctrlC }] });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('mutual-ledger: Cancelled.');
  });

  it('totp enroll shows a QR code and asks for the code again after a wrong one', async () => {
    const run = await runCli(sandbox, ['totp', 'enroll', '--vault', vault], {
      terminal: true,
      replies: [
        { after: /Passphrase: $/, send: `${passphrase}\r` },
        { after: /Code from the authenticator: $/, send: 'not-a-code\r' },
        { after: /Code from the authenticator: $/, send: (output) => `${oathtoolCode(secretFromOutput(output))}\r` },
      ],
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Scan this QR code');
    expect(run.stdout).toMatch(/[▀▄█]/);
    expect(run.stdout).toContain('Try again');
    expect(run.stdout).toContain('TOTP is on');
  });

  it('verify shows how far it is on a terminal, and nothing of it when piped', async () => {
    const large = sandbox.vault('large');
    const entries = entriesPerSlice + 1;
    await seedVault(large, async (client) => {
      const { bank } = await addTwoAccounts(client);
      for (let n = 1; n <= entries; n += 1) await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 100, accountId: bank.id, memo: `entry ${n}` });
    });
    const watched = await runCli(sandbox, ['verify', '--vault', large], { ...unlockEnv, terminal: true });
    expect(watched.code).toBe(0);
    const counted = (done: number) => `${done.toLocaleString('en')} of ${entries.toLocaleString('en')} entries re-hashed (${Math.floor((done / entries) * 100)} %)`;
    expect(watched.stdout).toContain(`\r\u001b[2KVerifying: ${counted(entriesPerSlice)} Ctrl-C stops.`);
    // Erased before the result, which starts on a clean line.
    expect(watched.stdout).toContain(`Ctrl-C stops.\r\u001b[2KOK: ${entries.toLocaleString('en')} entries and `);
    const piped = await runCli(sandbox, ['verify', '--vault', large], unlockEnv);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout.startsWith(`OK: ${entries.toLocaleString('en')} entries`)).toBe(true);
  }, 60_000);
});
