// No plaintext of a handover touches the disk on either side: looked for in every file of both
// laptops' folders at every progress report of the export and of the import (the new vault in the
// making included), and after. Synthetic data only.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TreasuryEvent } from '../../../shared/contract/index.ts';
import { filesContaining, filesUnder, passphrases, startTreasury, type TestTreasury } from '../treasuryFixture.ts';
import { canaryMemo, handoverDay, outgoingVault } from './handoverFixture.ts';

const opened: TestTreasury[] = [];
afterAll(async () => {
  for (const test of opened) await test.treasury.close();
});

/** What the payload says in plain text, and a memo of the vault: neither may be in any file. */
const plaintexts = [Buffer.from(canaryMemo), Buffer.from('"format":"mutual-ledger/handover"'), Buffer.from('{"section":"entries"')];

/** Calls `look` at every event the core reports, as it reports it. */
function atEveryReport(test: TestTreasury, look: () => void): void {
  const push = test.events.push.bind(test.events);
  test.events.push = (...events: TreasuryEvent[]) => {
    look();
    return push(...events);
  };
}

describe('a handover at rest', () => {
  it('leaves no plaintext of the payload in any file, during the export and the import or after', async () => {
    const outgoing = await outgoingVault();
    const incoming = startTreasury({ now: handoverDay });
    opened.push(outgoing, incoming);
    const roots = [outgoing.root, incoming.root];
    const found: string[] = [];
    let looks = 0;
    const madeMeanwhile = new Set<string>();
    const look = (): void => {
      looks += 1;
      for (const root of roots) {
        filesUnder(root).forEach((path) => madeMeanwhile.add(path));
        for (const plaintext of plaintexts) found.push(...filesContaining(root, plaintext));
      }
    };
    atEveryReport(outgoing, look);
    atEveryReport(incoming, look);
    const identity = await incoming.client.handover.identity({ kind: 'post-quantum', path: join(incoming.root, 'identity.txt') });
    const file = join(outgoing.root, 'handover.age');
    await outgoing.client.handover.export({ path: file, to: { lock: 'recipient', recipient: identity.recipient } });
    await incoming.client.handover.receive({ path: file, vaultDir: incoming.vaultDir, newPassphrase: passphrases.next, with: { key: 'identity', path: identity.path } });
    look();
    expect(found).toEqual([]);
    expect(looks).toBeGreaterThan(4);
    // The looks saw the file being written and the new vault in the making, not only what was left.
    expect([...madeMeanwhile].some((path) => path.endsWith('.partial'))).toBe(true);
    expect([...madeMeanwhile].some((path) => path.includes('.vault.in-making'))).toBe(true);
    expect((await incoming.client.ledger.list({ memoContains: 'HANDOVER-CANARY' })).entries.length).toBeGreaterThan(0);
  }, 120_000);
});
