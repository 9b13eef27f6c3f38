// What `mutual-ledger retention set` does once its command line is read (its help and flags: ../commands/retentionSet.ts).
import { retentionAgeSchema, type RetentionOverview, type RetentionPolicy } from '../../../shared/contract/index.ts';
import { problemOf } from '../../../shared/messages/inputProblems.ts';
import { say } from '../../../shared/messages/message.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import type { OptionName } from '../options.ts';
import { renderSchedule } from '../retentionText.ts';
import { withUnlockedTreasury } from '../session.ts';

/** Each policy's flag. */
const ageFlags = [
  ['memos', 'memos'],
  ['receipts', 'receipts'],
  ['recipientCodes', 'recipient-codes'],
  ['entries', 'entries'],
  ['shredLog', 'shred-log'],
] as const satisfies ReadonlyArray<readonly [RetentionPolicy, OptionName]>;

type ShownSchedule = RetentionOverview & { changed: boolean };

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, values, out } = context;
  const { words } = out;
  // Every AGE is read by the contract's own rule before anything is unlocked: one that cannot be read is a usage error, and nothing changes.
  const ages: Partial<Record<RetentionPolicy, string>> = {};
  for (const [policy, flag] of ageFlags) {
    const value = values[flag];
    if (value !== undefined) ages[policy] = ageFlag(value, `--${flag}`);
  }
  const recommended = values.recommended === true;
  if (!recommended && Object.keys(ages).length === 0) {
    throw usageError(say('retentionCli.set.nothingGiven', { flags: ageFlags.map(([, flag]) => `--${flag} AGE`).join(', ') }));
  }
  await withUnlockedTreasury(context, async (client) => {
    const before = await client.retention.show({});
    const after = await client.retention.set({ ...ages, ...(recommended ? { recommended } : {}) });
    // The core records nothing when the schedule already says the same: one change more is one recorded.
    const changed = after.changes.length > before.changes.length;
    out.show<ShownSchedule>({ ...after, changed }, (shown) =>
      [
        `${words.words(shown.changed ? 'retentionCli.set.saved' : 'retentionCli.set.unchanged')}\n${renderSchedule(shown.ages, shown.recommended, words)}`,
        words.words('retentionCli.set.whenShredded', { folder: vaultDir }),
      ].join('\n\n'),
    );
  });
}

function ageFlag(value: string, flag: string): string {
  const parsed = retentionAgeSchema.safeParse(value);
  if (!parsed.success) throw usageError(say('retentionCli.set.badAge', { flag, value, problem: problemOf(parsed.error) }));
  return parsed.data;
}
