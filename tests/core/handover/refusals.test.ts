// A handover file that is not the one made, refused whole: a byte changed in any part of it, a cut,
// a wrong key, a payload altered and locked again (its sections, its rows, its hashes, its heads).
// Each refusal leaves nothing: no vault folder, no folder in the making, the identity kept for a
// second try. Synthetic data only.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { TreasuryError } from '../../../shared/errors.ts';
import { passphrases, rejection, startTreasury, type TestTreasury } from '../treasuryFixture.ts';
import { handoverDay, outgoingVault, payloadOf } from './handoverFixture.ts';

let outgoing: TestTreasury;
let identity: string;
let recipient: string;
let file: string;
let payload: Buffer;
beforeAll(async () => {
  outgoing = await outgoingVault();
  identity = await generateX25519Identity();
  recipient = await identityToRecipient(identity);
  file = join(outgoing.root, 'handover.age');
  await outgoing.client.handover.export({ path: file, to: { lock: 'recipient', recipient } });
  payload = await payloadOf(file, { identity });
}, 120_000);
afterAll(() => outgoing.treasury.close());

let attempts = 0;

/** Receives `bytes` as a handover file on a fresh laptop; returns the refusal, having checked that it left nothing behind. */
async function refusalOf(bytes: Buffer, key: { identity: string } | { passphrase: string } = { identity }): Promise<TreasuryError> {
  const incoming = startTreasury({ now: handoverDay });
  try {
    const path = join(incoming.root, `handover-${(attempts += 1)}.age`);
    writeFileSync(path, bytes);
    const identityPath = join(incoming.root, 'identity.txt');
    writeFileSync(identityPath, `${'identity' in key ? key.identity : identity}\n`);
    const before = readdirSync(incoming.root).sort();
    const refused = await rejection(
      incoming.client.handover.receive({
        path,
        vaultDir: incoming.vaultDir,
        newPassphrase: passphrases.next,
        with: 'identity' in key ? { key: 'identity', path: identityPath } : { key: 'passphrase', passphrase: key.passphrase },
      }),
    );
    // Nothing was left: no vault, no folder in the making, and the identity is still there for another try.
    expect(readdirSync(incoming.root).sort()).toEqual(before);
    expect((await incoming.client.vault.status()).state).toBe('no-vault');
    return refused;
  } finally {
    await incoming.treasury.close();
  }
}

/** The payload with `change` made to its lines, locked again to the same recipient (as `age -d | edit | age -r` would). */
async function relocked(change: (lines: string[]) => string[]): Promise<Buffer> {
  const lines = payload.toString('utf8').split('\n');
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  return Buffer.from(await encrypter.encrypt(change(lines.slice(0, -1)).join('\n') + '\n'));
}

/** The index of the first row line of `section`. */
const firstRowOf = (lines: string[], section: string): number => lines.findIndex((line) => line.startsWith(`{"section":"${section}"`)) + 1;

/** The section's closing line with its checksum worked out again over its rows as they now are. */
function withChecksumRedone(lines: string[], section: string): string[] {
  const first = firstRowOf(lines, section);
  const end = lines.findIndex((line, index) => index >= first && line.startsWith(`{"end":"${section}"`));
  const rows = lines.slice(first, end);
  const sha256 = createHash('sha256')
    .update(rows.map((row) => `${row}\n`).join(''))
    .digest('hex');
  const closing = JSON.parse(lines[end] ?? '{}') as { rows: number };
  return [...lines.slice(0, end), JSON.stringify({ end: section, rows: closing.rows, sha256 }), ...lines.slice(end + 1)];
}

describe('a handover file refused, leaving nothing', () => {
  it('with a byte changed in its header, its nonce, a chunk, a tag or its last chunk', async () => {
    const whole = readFileSync(file);
    const headerEnd = whole.indexOf('\n---') + 1;
    for (const position of [5, 40, headerEnd - 10, headerEnd + 10, headerEnd + 60, headerEnd + 100, Math.floor(whole.length / 2), whole.length - 17, whole.length - 1]) {
      const changed = Buffer.from(whole);
      changed[position] = (changed[position] ?? 0) ^ 0x20;
      const refused = await refusalOf(changed);
      expect(['HANDOVER_DAMAGED', 'HANDOVER_DOES_NOT_OPEN'], `byte ${position}`).toContain(refused.code);
    }
  }, 120_000);

  it('cut short, at its header, in the middle, one byte before its end', async () => {
    const whole = readFileSync(file);
    for (const cut of [0, 30, whole.indexOf('\n---') + 3, Math.floor(whole.length / 2), whole.length - 1]) {
      expect((await refusalOf(whole.subarray(0, cut))).code, `cut at ${cut}`).toBe('HANDOVER_DAMAGED');
    }
  }, 60_000);

  it('to another identity, or opened with a passphrase', async () => {
    const whole = readFileSync(file);
    expect(await refusalOf(whole, { identity: await generateX25519Identity() })).toMatchObject({ code: 'HANDOVER_DOES_NOT_OPEN', reason: { key: 'handover.doesNotOpen' } });
    expect(await refusalOf(whole, { passphrase: 'abacus ablaze abide abroad absence acorn' })).toMatchObject({ code: 'HANDOVER_DOES_NOT_OPEN' });
  }, 60_000);

  it('altered and locked again: an amount, its checksum redone, its hashes redone, a section, a row, its end, its heads', async () => {
    const alterAmount = (lines: string[]): string[] => {
      const at = firstRowOf(lines, 'entries');
      const row = JSON.parse(lines[at] ?? '[]') as unknown[];
      row[3] = Number(row[3]) + 100;
      return lines.map((line, index) => (index === at ? JSON.stringify(row) : line));
    };
    const cases: Array<[string, (lines: string[]) => string[], string]> = [
      ['an amount changed', alterAmount, 'handover.sectionDoesNotAddUp'],
      ['an amount changed, its checksum redone', (lines) => withChecksumRedone(alterAmount(lines), 'entries'), 'handover.ledgerFailsItsCheck'],
      [
        'a row given a value more',
        (lines) =>
          withChecksumRedone(
            lines.map((line, index) => (index === firstRowOf(lines, 'funds') ? line.replace(/\]$/, ',1]') : line)),
            'funds',
          ),
        'handover.rowNotReadable',
      ],
      [
        'the receipts left out',
        (lines) => lines.filter((_, index) => index < firstRowOf(lines, 'receipts') - 1 || index > lines.findIndex((line) => line.startsWith('{"end":"receipts"'))),
        'handover.sectionMissing',
      ],
      ['its last line left out', (lines) => lines.slice(0, -1), 'handover.endMissing'],
      ['a line after its last', (lines) => [...lines, '{}'], 'handover.endMissing'],
      [
        'a fact removed from the chain, the checksum redone',
        (lines) =>
          withChecksumRedone(
            lines.filter((_, index) => index !== firstRowOf(lines, 'facts') + 3),
            'facts',
          ),
        'handover.sectionDoesNotAddUp',
      ],
      ['a stated anchor that is not the ledger’s', (lines) => [lines[0]?.replace(/"hash":"[0-9a-f]{64}"/, `"hash":"${'0'.repeat(64)}"`) ?? '', ...lines.slice(1)], 'handover.ledgerFailsItsCheck'],
      [
        'a stated group key that is not the ledger’s',
        (lines) => [lines[0]?.replace(/"groupKeyFingerprint":"[0-9a-f]{4}/, '"groupKeyFingerprint":"0000') ?? '', ...lines.slice(1)],
        'handover.ledgerFailsItsCheck',
      ],
      ['a newer format', (lines) => [lines[0]?.replace('"version":1', '"version":2') ?? '', ...lines.slice(1)], 'handover.notAHandover'],
      ['not a handover at all', () => ['name,amount', 'synthetic,1'], 'handover.notAHandover'],
    ];
    for (const [what, change, key] of cases) {
      expect(await refusalOf(await relocked(change)), what).toMatchObject({ code: 'HANDOVER_DAMAGED', reason: { key } });
    }
    // Locked again unchanged, the same payload is taken: the refusals above are for what was changed.
    const incoming = startTreasury({ now: handoverDay });
    const path = join(incoming.root, 'unchanged.age');
    writeFileSync(path, await relocked((lines) => lines));
    writeFileSync(join(incoming.root, 'identity.txt'), `${identity}\n`);
    await incoming.client.handover.receive({ path, vaultDir: incoming.vaultDir, newPassphrase: passphrases.next, with: { key: 'identity', path: join(incoming.root, 'identity.txt') } });
    expect((await incoming.client.ledger.verify({})).ok).toBe(true);
    await incoming.treasury.close();
  }, 240_000);
});
