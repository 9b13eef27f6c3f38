import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/messages/message.ts';
import { ledgerWithAccounts } from '../ledger/ledgerFixture.ts';
import { rejection, startTreasury } from '../treasuryFixture.ts';
import { pdfText } from './pdfText.ts';

describe('the summary as a PDF', () => {
  it('prints the figures, the fingerprint and how to verify the file, in English and Spanish, names as typed, and no memo, code or handle', async () => {
    const { client, bank, root } = await ledgerWithAccounts(new Date('2026-11-20T12:00:00Z'));
    const fund = await client.funds.add({ name: 'Fondo Ünïcode Ελλάδα Київ 食物', restricted: true, purpose: 'Comida\u202E' });
    for (let day = 10; day < 24; day += 1)
      await client.ledger.record({ kind: 'contribution', date: `2026-10-${day}`, amount: 2_500 + day, accountId: bank.id, fundId: fund.id, category: 'food', memo: 'PDF-CANARY memo' });
    await client.ledger.record({ kind: 'disbursement', date: '2026-10-25', amount: 4_000, accountId: bank.id, fundId: fund.id, category: 'food', recipientCode: 'R-PDFCANARY' });
    const english = join(root, 'summary.pdf');
    const made = await client.audit.summary({ from: '2026-09', to: '2026-10', path: join(root, 'summary.json'), pdfPath: english, language: 'en' });
    const bytes = readFileSync(english);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Summary for members and auditors');
    expect(text).toContain(made.fingerprint);
    expect(text).toContain('mutual-ledger audit verify FILE');
    // Latin, Greek and Cyrillic print as typed; a character the font lacks, and a bidi override, as a label.
    expect(text).toContain('Fondo Ünïcode Ελλάδα Київ ‹U+98DF›‹U+7269› (restricted: Comida‹U+202E›)');
    expect(text).toContain('$352.31');
    expect(text).toContain('Venmo held by a member');
    for (const canary of ['PDF-CANARY', 'R-PDFCANARY', '0042']) {
      expect(text).not.toContain(canary);
      expect(bytes.includes(Buffer.from(canary))).toBe(false);
    }

    // An auditor with no vault prints the same file in Spanish.
    const auditor = startTreasury();
    const spanish = join(root, 'resumen.pdf');
    const printed = await auditor.client.audit.pdf({ path: join(root, 'summary.json'), pdfPath: spanish, language: 'es' });
    expect(printed.fingerprint).toBe(made.fingerprint);
    const texto = await pdfText(readFileSync(spanish));
    expect(texto).toContain('Resumen para integrantes y auditores');
    expect(texto).toContain(made.fingerprint);

    // A changed file is not printed, and nothing is written.
    writeFileSync(join(root, 'changed.json'), readFileSync(join(root, 'summary.json'), 'utf8').replace('"smallestCell": 11', '"smallestCell": 12'));
    const refused = await rejection(auditor.client.audit.pdf({ path: join(root, 'changed.json'), pdfPath: join(root, 'changed.pdf'), language: 'en' }));
    expect(refused).toMatchObject({ code: 'SUMMARY_NOT_VERIFIED', reason: say('audit.signatureDoesNotMatch') });
    expect(existsSync(join(root, 'changed.pdf'))).toBe(false);

    // A folder, a pipe or an empty file is no summary, and never holds the core.
    execFileSync('mkfifo', [join(root, 'pipe.json')]);
    for (const [path, reason] of [
      [root, say('audit.notAFile')],
      [join(root, 'pipe.json'), say('audit.notAFile')],
      [join(root, 'changed.pdf'), say('audit.fileNotRead', { path: join(root, 'changed.pdf'), problem: 'ENOENT' })],
    ] as const)
      expect(await rejection(auditor.client.audit.verify({ path }))).toMatchObject({ reason });
    writeFileSync(join(root, 'empty.json'), '');
    expect(await rejection(auditor.client.audit.verify({ path: join(root, 'empty.json') }))).toMatchObject({ code: 'SUMMARY_NOT_VERIFIED', reason: say('audit.notJson') });
  }, 60_000);

  it('makes all its files or none: a PDF path already taken leaves no summary and records none', async () => {
    const { client, bank, root } = await ledgerWithAccounts(new Date('2026-11-20T12:00:00Z'));
    await client.ledger.record({ kind: 'contribution', date: '2026-10-10', amount: 2_500, accountId: bank.id });
    writeFileSync(join(root, 'taken.pdf'), 'mine');
    const before = await client.ledger.head({});
    const refused = await rejection(
      client.audit.summary({ from: '2026-10', to: '2026-10', path: join(root, 'summary.json'), journalPath: join(root, 'summary.journal'), pdfPath: join(root, 'taken.pdf') }),
    );
    expect(refused).toMatchObject({ code: 'NOT_PERMITTED', reason: say('audit.fileExists', { path: join(root, 'taken.pdf') }) });
    expect(existsSync(join(root, 'summary.json'))).toBe(false);
    expect(existsSync(join(root, 'summary.journal'))).toBe(false);
    expect(readFileSync(join(root, 'taken.pdf'), 'utf8')).toBe('mine');
    expect(await client.ledger.head({})).toEqual(before);
  }, 60_000);
});
