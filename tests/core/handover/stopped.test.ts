// A lock part way through an export or an import (the idle lock, Ctrl-C in the CLI, quitting the app)
// stops it at its next report and leaves nothing: no handover file, no vault, no vault in the making.
// Synthetic data only.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockAtFirst, passphrases, rejection, startTreasury, type TestTreasury } from '../treasuryFixture.ts';
import { handoverDay, outgoingVault } from './handoverFixture.ts';

let outgoing: TestTreasury;
beforeAll(async () => {
  outgoing = await outgoingVault();
}, 120_000);
afterAll(() => outgoing.treasury.close());

describe('a handover stopped by a lock', () => {
  it('leaves no file from an export, and none from an import', async () => {
    const incoming = startTreasury({ now: handoverDay });
    const identity = await incoming.client.handover.identity({ kind: 'classic', path: join(incoming.root, 'identity.txt') });
    const file = join(outgoing.root, 'handover.age');
    await outgoing.client.handover.export({ path: file, to: { lock: 'recipient', recipient: identity.recipient } });
    const before = readdirSync(outgoing.root).sort();
    lockAtFirst(outgoing, 'exporting');
    expect((await rejection(outgoing.client.handover.export({ path: join(outgoing.root, 'stopped.age'), to: { lock: 'recipient', recipient: identity.recipient } }))).code).toBe('WORK_CANCELLED');
    expect(readdirSync(outgoing.root).sort()).toEqual(before);

    const incomingBefore = readdirSync(incoming.root).sort();
    lockAtFirst(incoming, 'receiving');
    expect((await rejection(incoming.client.handover.receive({ path: file, vaultDir: incoming.vaultDir, newPassphrase: passphrases.next, with: { key: 'identity', path: identity.path } }))).code).toBe(
      'WORK_CANCELLED',
    );
    expect(readdirSync(incoming.root).sort()).toEqual(incomingBefore);
    expect((await incoming.client.vault.status()).state).toBe('no-vault');
    await incoming.treasury.close();
  }, 120_000);
});
