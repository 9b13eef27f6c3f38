// A whole vault handed over and received: the new vault shows everything the old one did, its
// payload written again is the same byte for byte, and the outgoing treasurer's second factor and
// co-treasurer stay behind. Synthetic data only.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { passphrases, startTreasury, type TestTreasury } from '../treasuryFixture.ts';
import { handoverSections } from '../../../electron/core/handover/handoverPayload.ts';
import { handoverDay, outgoingVault, payloadOf, sectionRows, whatTheVaultShows } from './handoverFixture.ts';

const opened: TestTreasury[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.treasury.close();
});

/** The payload without its header line, which says when it was made. */
const afterHeader = (payload: Buffer): Buffer => payload.subarray(payload.indexOf(0x0a) + 1);

describe('a handover, end to end through the core', () => {
  it('carries every balance, entry hash, stub, the chain head and the group key; verify passes; the payload is the same written again', async () => {
    const outgoing = await outgoingVault();
    opened.push(outgoing);
    // A category renamed after retention sealed months of its entries: its shown name travels too.
    await outgoing.client.categories.rename({ name: 'pantry', to: 'food bank' });
    const incoming = startTreasury({ now: handoverDay });
    opened.push(incoming);
    const identity = await incoming.client.handover.identity({ kind: 'post-quantum', path: join(incoming.root, 'receiving.txt') });
    expect(identity.recipient).toMatch(/^age1pq1/);
    const file = join(outgoing.root, 'handover.age');
    const exported = await outgoing.client.handover.export({ path: file, to: { lock: 'recipient', recipient: identity.recipient } });
    expect(exported.recipient).toEqual({ recipient: identity.recipient, kind: 'post-quantum', fingerprint: identity.fingerprint });
    const before = await whatTheVaultShows(outgoing.client);
    const details = await outgoing.client.vault.details();
    const sent = await payloadOf(file, {
      identity:
        (await import('node:fs'))
          .readFileSync(identity.path, 'utf8')
          .split('\n')
          .find((line) => line.startsWith('AGE-SECRET-KEY')) ?? '',
    });

    // The fixture has something in every section, so a section lost on either side shows.
    const rows = sectionRows(sent);
    expect(Object.keys(rows)).toEqual([...handoverSections]);
    for (const section of handoverSections) expect(rows[section], section).toBeGreaterThan(0);

    const received = await incoming.client.handover.receive({ path: file, vaultDir: incoming.vaultDir, newPassphrase: passphrases.next, with: { key: 'identity', path: identity.path } });
    expect(received).toMatchObject({
      vaultDir: incoming.vaultDir,
      entries: exported.entries,
      anchor: exported.anchor,
      groupKeyFingerprint: details.groupKeyFingerprint,
      identityDestroyed: identity.path,
    });
    expect(existsSync(identity.path)).toBe(false);
    expect(await whatTheVaultShows(incoming.client)).toEqual(before);
    expect((await incoming.client.categories.list({})).find((category) => category.name === 'food bank')).toEqual({ name: 'food bank', builtIn: false, formerNames: ['pantry'] });
    expect((await incoming.client.ledger.count({ category: 'food bank' })).total).toBe((await outgoing.client.ledger.count({ category: 'pantry' })).total);
    const verified = await incoming.client.ledger.verify({ expectAnchor: exported.anchor });
    expect(verified.ok).toBe(true);
    const newDetails = await incoming.client.vault.details();
    expect(newDetails).toMatchObject({ groupKeyFingerprint: details.groupKeyFingerprint, totp: { enrolled: false, backupCodesLeft: 0 }, unlockedWith: 'treasurer' });
    expect(newDetails.keySlots.map((slot) => slot.kind).sort()).toEqual(['recovery', 'treasurer']);

    // Written again from the new vault, the payload holds the very same rows.
    const again = join(incoming.root, 'again.age');
    const reexported = await incoming.client.handover.export({ path: again, to: { lock: 'passphrase' } });
    expect(reexported.passphrase?.split(' ')).toHaveLength(6);
    expect(afterHeader(await payloadOf(again, { passphrase: reexported.passphrase ?? '' }))).toEqual(afterHeader(sent));
    // The new vault opens with the new treasurer's passphrase and its own recovery code, not the old ones.
    await incoming.client.vault.lock({});
    expect((await incoming.client.vault.unlock({ passphrase: passphrases.next })).state).toBe('unlocked');
    await incoming.client.vault.lock({});
    expect((await incoming.client.vault.unlock({ recoveryCode: received.recoveryCode })).state).toBe('unlocked');
  }, 120_000);
});
