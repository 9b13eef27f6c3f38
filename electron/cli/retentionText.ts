// Retention and the legal hold in words, for `retention show|plan|apply|set` and `hold status|place|lift`:
// the schedule's ages, the kinds of record, the shred log and the hold, as a treasurer reads them.
import { ageParts, retentionPolicies, type Hold, type RetentionAges, type RetentionOverview, type RetentionPolicy, type ShredRun } from '../../shared/contract/index.ts';
import { formatMonth, formatShortDateTime } from '../../shared/messages/dates.ts';
import { day } from '../../shared/messages/message.ts';
import type { Translator } from '../../shared/messages/translator.ts';
import { renderTable, type Column } from './textTable.ts';

/** A kind of record as a label ("Recipient codes"). */
export function policyLabel(policy: RetentionPolicy, words: Translator): string {
  switch (policy) {
    case 'memos':
      return words.words('retentionCli.policy.memos');
    case 'receipts':
      return words.words('retentionCli.policy.receipts');
    case 'recipientCodes':
      return words.words('retentionCli.policy.recipientCodes');
    case 'entries':
      return words.words('retentionCli.policy.entries');
    case 'shredLog':
      return words.words('retentionCli.policy.shredLog');
  }
}

/** A kind of record as a column heading ("RECIPIENT CODES"). */
function policyHeading(policy: RetentionPolicy, words: Translator): string {
  switch (policy) {
    case 'memos':
      return words.words('retentionCli.heading.memos');
    case 'receipts':
      return words.words('retentionCli.heading.receipts');
    case 'recipientCodes':
      return words.words('retentionCli.heading.recipientCodes');
    case 'entries':
      return words.words('retentionCli.heading.entries');
    case 'shredLog':
      return words.words('retentionCli.heading.shredLog');
  }
}

/** An age as the contract keeps it (`90d`, `12m`, `2y`, `never`) in words: "90 days", "forever". */
export function ageInWords(age: string, words: Translator): string {
  const parts = ageParts(age);
  if (parts === null) return age === 'never' ? words.words('retentionCli.age.never') : age;
  return words.words('retentionCli.age', parts);
}

/** A stored timestamp (ISO) as tables show it: "1 Dec 2026, 10:30" in the reader's language. */
export function when(iso: string, words: Translator): string {
  return formatShortDateTime(iso, words.language);
}

/** The calendar day of a stored timestamp, as a message value (the core dates a hold the same way). */
export function dayOf(iso: string): ReturnType<typeof day> {
  return day(iso.slice(0, 10));
}

/** A month (YYYY-MM) in words: "March 2025". */
export function month(value: string, words: Translator): string {
  return formatMonth(value, words.language);
}

/** The five ages, one row each, beside the recommended ones. */
export function renderSchedule(ages: RetentionAges, recommended: RetentionAges, words: Translator): string {
  return renderTable(retentionPolicies, [
    { heading: words.words('retentionCli.heading.policy'), cell: (policy) => policyLabel(policy, words) },
    { heading: words.words('retentionCli.heading.keptFor'), cell: (policy) => ageInWords(ages[policy], words) },
    { heading: words.words('retentionCli.heading.recommended'), cell: (policy) => ageInWords(recommended[policy], words) },
  ]);
}

/** A count per kind of record, one column each, lined up on the right. */
function perPolicyColumns<T>(count: (row: T, policy: RetentionPolicy) => string, words: Translator, policies: readonly RetentionPolicy[] = retentionPolicies): Array<Column<T>> {
  return policies.map((policy) => ({ heading: policyHeading(policy, words), cell: (row: T) => count(row, policy), align: 'right' as const }));
}

/** Every change of the schedule, newest first, with the five ages it set. */
export function renderChanges(changes: RetentionOverview['changes'], words: Translator): string {
  return renderTable(changes, [
    { heading: words.words('retentionCli.heading.recorded'), cell: (change) => when(change.recordedAt, words) },
    ...retentionPolicies.map((policy) => ({ heading: policyHeading(policy, words), cell: (change: RetentionOverview['changes'][number]) => ageInWords(change.ages[policy], words) })),
  ]);
}

/** The shred log: when each run shredded, what started it, and how many of each kind. */
export function renderRuns(runs: readonly ShredRun[], words: Translator): string {
  return renderTable(runs, [
    { heading: words.words('retentionCli.heading.ran'), cell: (run) => when(run.ranAt, words) },
    { heading: words.words('retentionCli.heading.startedBy'), cell: (run) => words.words('retentionCli.startedBy', { startedBy: run.startedBy }) },
    ...perPolicyColumns<ShredRun>((run, policy) => words.number(run.counts[policy]), words),
  ]);
}

/** Every hold placed, newest first, with when it was lifted. */
export function renderHolds(holds: RetentionOverview['holds'], words: Translator): string {
  return renderTable(holds, [
    { heading: words.words('retentionCli.heading.placed'), cell: (hold) => when(hold.placedAt, words) },
    { heading: words.words('retentionCli.heading.lifted'), cell: (hold) => (hold.liftedAt === null ? words.words('retentionCli.stillStands') : when(hold.liftedAt, words)) },
    { heading: words.words('retentionCli.heading.note'), cell: (hold) => hold.note },
  ]);
}

/** The hold that stands, with what it means and how it is lifted; or that none does. */
export function renderHold(hold: Hold | null, vaultDir: string, words: Translator): string {
  if (hold === null) return words.words('retentionCli.hold.none');
  return [words.words('retentionCli.hold.stands', { since: dayOf(hold.placedAt), note: hold.note }), words.words('retentionCli.hold.nothingShredded', { folder: vaultDir })].join('\n');
}

/** Counts per month for several kinds of record: one row per month any of them has, one column per kind. */
export function renderMonthCounts(perPolicy: ReadonlyArray<{ policy: RetentionPolicy; months: ReadonlyArray<{ month: string; count: number }> }>, words: Translator): string {
  const months = [...new Set(perPolicy.flatMap(({ months: counts }) => counts.map((count) => count.month)))].sort();
  const countOf = (wanted: string, policy: RetentionPolicy): number => perPolicy.find((plan) => plan.policy === policy)?.months.find((count) => count.month === wanted)?.count ?? 0;
  return renderTable(months, [
    { heading: words.words('retentionCli.heading.month'), cell: (row) => month(row, words) },
    ...perPolicyColumns<string>(
      // A month a kind has nothing in is left blank, so the months that do stand out.
      (row, policy) => {
        const count = countOf(row, policy);
        return count === 0 ? '' : words.number(count);
      },
      words,
      perPolicy.map((plan) => plan.policy),
    ),
  ]);
}

/** `retention show` in words: the schedule, the hold, what is sealed, then the changes, the runs and past holds. */
export function renderRetentionOverview(overview: RetentionOverview, vaultDir: string, words: Translator): string {
  const [latest] = overview.changes;
  const heading = overview.chosen && latest !== undefined ? words.words('retentionCli.show.chosen', { since: dayOf(latest.recordedAt) }) : words.words('retentionCli.show.notChosen');
  const sections = [`${heading}\n${renderSchedule(overview.ages, overview.recommended, words)}`];
  if (!overview.chosen) sections.push(words.words('retentionCli.show.chooseOne', { folder: vaultDir }));
  sections.push(
    [
      overview.hold === null ? words.words('retentionCli.show.noHold') : renderHold(overview.hold, vaultDir, words),
      overview.sealedBefore === null ? words.words('retentionCli.show.nothingSealed') : words.words('retentionCli.show.sealedBefore', { month: month(overview.sealedBefore, words) }),
    ].join('\n'),
  );
  if (overview.changes.length > 0) sections.push(`${words.words('retentionCli.show.changes')}\n${renderChanges(overview.changes, words)}`);
  sections.push(overview.runs.length === 0 ? words.words('retentionCli.show.noRuns') : `${words.words('retentionCli.show.runs')}\n${renderRuns(overview.runs, words)}`);
  if (overview.holds.length > 0) sections.push(`${words.words('retentionCli.show.holds')}\n${renderHolds(overview.holds, words)}`);
  return sections.join('\n\n');
}
