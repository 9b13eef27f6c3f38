import { describe, expect, it } from 'vitest';
import { describeZodError } from '../../electron/core/dispatcher.ts';
import { entryKinds, recordFieldsByKind, recordInputOf, recordInputSchema, type EntryKind, type RecordField } from '../../shared/contract/index.ts';
import { problemsOf } from '../../shared/messages/inputProblems.ts';
import { entryKindWords } from '../../shared/messages/ledgerWords.ts';
import { list, say, type Message } from '../../shared/messages/message.ts';
import { translatorFor } from '../../shared/messages/translator.ts';

// The record input is one shape per kind. Every way in (the entry form, the CLI, an imported row)
// reads which fields a kind takes from recordFieldsByKind; these tests pin that table, then walk
// every kind and every field to show the schema takes exactly those, and refuses the rest in words
// that name the kind and the field.

/** A value each field accepts, so that a refusal can only be about whether the kind takes it. */
const sample: Record<RecordField, unknown> = {
  date: '2026-11-02',
  amount: 1_250,
  accountId: 1,
  toAccountId: 2,
  fundId: 1,
  toFundId: 2,
  direction: 'out',
  category: 'food',
  recipientCode: 'R-7KQ2MX',
  memo: 'Synthetic memo',
  receipt: { mediaType: 'image/png', dataBase64: 'iVBORw0KGgo=' },
};
const allFields = Object.keys(sample) as RecordField[];

/** How each field some kind refuses is named in the words of the refusal, per language. */
const fieldWords: Record<'en' | 'es', Partial<Record<RecordField, RegExp>>> = {
  en: { toAccountId: /second account/, toFundId: /second account or fund/, direction: /direction/, category: /category/, recipientCode: /recipient code/ },
  es: { toAccountId: /segunda cuenta/, toFundId: /segundo fondo/, direction: /dirección/, category: /categoría/, recipientCode: /código de destinatario/ },
};

/** The smallest input of a kind: the fields it needs, each with its sample value. */
function smallest(kind: EntryKind): Record<string, unknown> {
  return { kind, ...Object.fromEntries(recordFieldsByKind[kind].needs.map((field) => [field, sample[field]])) };
}

/** The problems a refused input is refused with, or the parsed input. */
function parse(input: unknown): { ok: unknown } | { problems: Message[] } {
  const parsed = recordInputSchema.safeParse(input);
  return parsed.success ? { ok: parsed.data } : { problems: problemsOf(parsed.error) };
}

describe('the record input', () => {
  it('gives each kind these fields, and needs these of them', () => {
    const every = ['date', 'amount', 'accountId', 'fundId', 'memo', 'receipt'];
    const needed = ['date', 'amount', 'accountId'];
    const sorted = (fields: readonly string[]) => [...fields].sort();
    const table = Object.fromEntries(entryKinds.map((kind) => [kind, { takes: sorted(recordFieldsByKind[kind].takes), needs: sorted(recordFieldsByKind[kind].needs) }]));
    expect(table).toEqual({
      contribution: { takes: sorted([...every, 'category', 'recipientCode']), needs: sorted(needed) },
      disbursement: { takes: sorted([...every, 'category', 'recipientCode']), needs: sorted(needed) },
      transfer: { takes: sorted([...every, 'toAccountId', 'toFundId']), needs: sorted([...needed, 'toAccountId']) },
      fee: { takes: sorted([...every, 'category']), needs: sorted(needed) },
      adjustment: { takes: sorted([...every, 'direction', 'category']), needs: sorted([...needed, 'direction']) },
    });
  });

  const taken = entryKinds.flatMap((kind) => recordFieldsByKind[kind].takes.map((field) => [kind, field] as const));
  it.each(taken)('%s takes %s', (kind, field) => {
    expect(parse({ ...smallest(kind), [field]: sample[field] })).toEqual({ ok: expect.objectContaining({ kind, [field]: expect.anything() }) });
  });

  // Every kind with every field it does not take: refused in that field, in words that name the kind
  // and the field in the reader's language, never as a field the contract does not know.
  const refused = entryKinds.flatMap((kind) => allFields.filter((field) => !recordFieldsByKind[kind].takes.includes(field)).map((field) => [kind, field] as const));
  it.each(refused)('%s refuses %s, naming both in the reader’s language', (kind, field) => {
    const result = parse({ ...smallest(kind), [field]: sample[field] });
    expect(result).toEqual({ problems: [say('input.field', { field, problem: expect.objectContaining({ key: expect.stringMatching(/^ledger\./) }) })] });
    const problem = 'problems' in result ? (result.problems[0]?.params as { problem: Message }).problem : undefined;
    for (const language of ['en', 'es'] as const) {
      const words = translatorFor(language);
      const sentence = words.say(problem!).toLowerCase();
      // The kind as a word of its own ("contributions" in "only contributions have one" does not name it).
      expect(sentence, language).toMatch(new RegExp(`(?<!\\p{L})${words.say(entryKindWords[kind])}(?!\\p{L})`, 'u'));
      expect(sentence, language).toMatch(fieldWords[language][field] ?? /a field every kind takes is never refused/);
    }
  });

  it('refuses every field a kind does not take at once, each in its own field', () => {
    const everything = { kind: 'fee', ...sample };
    expect(parse(everything)).toEqual({
      problems: [
        say('input.field', { field: 'toAccountId', problem: say('ledger.onlyTransferHasSecond', { kind: 'fee' }) }),
        say('input.field', { field: 'toFundId', problem: say('ledger.onlyTransferHasSecond', { kind: 'fee' }) }),
        say('input.field', { field: 'direction', problem: say('ledger.onlyAdjustmentHasDirection', { kind: 'fee' }) }),
        say('input.field', { field: 'recipientCode', problem: say('ledger.onlyRecipientKindsHaveCode', { kind: 'fee' }) }),
      ],
    });
  });

  it('takes a field a kind refuses when it is left undefined, as if it were left out', () => {
    expect(parse({ ...smallest('fee'), recipientCode: undefined, toAccountId: undefined })).toEqual({ ok: { kind: 'fee', date: '2026-11-02', amount: 1_250, accountId: 1 } });
  });

  it('says what a kind needs when it is left out', () => {
    expect(parse({ kind: 'transfer', date: '2026-11-02', amount: 1, accountId: 1 })).toEqual({
      problems: [say('input.field', { field: 'toAccountId', problem: say('ledger.transferNeedsToAccount') })],
    });
    expect(parse({ kind: 'adjustment', date: '2026-11-02', amount: 1, accountId: 1 })).toEqual({
      problems: [say('input.field', { field: 'direction', problem: say('ledger.adjustmentNeedsDirection') })],
    });
    // Given but wrong, a needed field says what is wrong with the value, not that it is missing.
    expect(parse({ kind: 'transfer', date: '2026-11-02', amount: 1, accountId: 1, toAccountId: 0 })).toEqual({
      problems: [say('input.field', { field: 'toAccountId', problem: say('input.moreThan', { minimum: 0 }) })],
    });
    expect(parse({ kind: 'adjustment', date: '2026-11-02', amount: 1, accountId: 1, direction: 'up' })).toEqual({
      problems: [say('input.field', { field: 'direction', problem: say('input.notOneOf', { count: 2, choices: list(['in', 'out']) }) })],
    });
  });

  it('names the kinds there are when the kind is missing or unknown, and a field no kind has as unknown', () => {
    const kinds = say('input.field', { field: 'kind', problem: say('input.notOneOf', { count: entryKinds.length, choices: list([...entryKinds]) }) });
    expect(parse({ date: '2026-11-02', amount: 1, accountId: 1 })).toEqual({ problems: [kinds] });
    expect(parse({ kind: 'gift', date: '2026-11-02', amount: 1, accountId: 1 })).toEqual({ problems: [kinds] });
    expect(parse({ ...smallest('contribution'), amonut: 5 })).toEqual({ problems: [say('input.unknownField', { field: 'amonut' })] });
    // As the core answers INVALID_INPUT with it.
    const parsed = recordInputSchema.safeParse({ ...smallest('fee'), recipientCode: 'R-7KQ2MX' });
    expect(translatorFor('en').say(describeZodError(parsed.error!))).toBe('recipientCode: A fee has no recipient code. Only contributions and disbursements have one.');
    expect(translatorFor('es').say(describeZodError(parsed.error!))).toBe('recipientCode: Una comisión no tiene código de destinatario. Solo los aportes y los desembolsos lo tienen.');
  });

  it('recordInputOf sends the fields the kind takes that are filled in, and nothing else', () => {
    const everything = { ...sample, toFundId: undefined } as Parameters<typeof recordInputOf>[1];
    for (const kind of entryKinds) {
      const input = recordInputOf(kind, everything);
      const expected = recordFieldsByKind[kind].takes.filter((field) => field !== 'toFundId');
      expect(Object.keys(input).sort(), kind).toEqual(['kind', ...expected].sort());
      expect(recordInputSchema.safeParse(input).success, kind).toBe(true);
    }
  });
});
