// What `mutual-ledger retention plan` does once its command line is read (its help and flags: ../commands/retentionPlan.ts).
import type { RetentionPlan } from '../../../shared/contract/index.ts';
import { formatDay } from '../../../shared/messages/dates.ts';
import { day } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import type { CommandContext } from '../command.ts';
import { ageInWords, dayOf, policyLabel, renderMonthCounts } from '../retentionText.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderTable } from '../textTable.ts';

type ShownPlan = RetentionPlan & { chosen: boolean };

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, out } = context;
  await withUnlockedTreasury(context, async (client) => {
    // Whether a schedule was chosen is the overview's to say; the plan of an unchosen one keeps everything.
    const { chosen } = await client.retention.show({});
    const plan = await client.retention.plan({});
    out.show<ShownPlan>({ ...plan, chosen }, (shown) => renderPlan(shown, vaultDir, out.words));
  });
}

function renderPlan(plan: ShownPlan, vaultDir: string, words: Translator): string {
  const sections = [words.words('retentionCli.plan.heading', { today: day(plan.today) })];
  if (!plan.chosen) sections.push(words.words('retentionCli.plan.notChosen', { folder: vaultDir }));
  if (plan.hold !== null) sections.push(words.words('retentionCli.plan.underHold', { since: dayOf(plan.hold.placedAt), note: plan.hold.note }));
  const table = renderTable(plan.policies, [
    { heading: words.words('retentionCli.heading.policy'), cell: (policy) => policyLabel(policy.policy, words) },
    { heading: words.words('retentionCli.heading.keptFor'), cell: (policy) => ageInWords(policy.age, words) },
    { heading: words.words('retentionCli.heading.before'), cell: (policy) => (policy.before === null ? words.words('retentionCli.noDate') : formatDay(policy.before, words.language)) },
    { heading: words.words('retentionCli.heading.toShred'), cell: (policy) => words.number(policy.total), align: 'right' },
  ]);
  const notes = plan.policies
    .filter((policy) => policy.keptUntilTheirMonthGoes > 0)
    .map((policy) => words.words('retentionCli.plan.keptUntilMonthGoes', { policy: policyLabel(policy.policy, words), count: policy.keptUntilTheirMonthGoes }));
  const entries = plan.policies.find((policy) => policy.policy === 'entries');
  if (entries !== undefined && entries.total > 0) notes.unshift(words.words('retentionCli.plan.wholeMonths'));
  sections.push([table, ...notes].join('\n'));
  const shredding = plan.policies.filter((policy) => policy.total > 0);
  if (shredding.length > 0) sections.push(`${words.words('retentionCli.plan.byMonth')}\n${renderMonthCounts(shredding, words)}`);
  if (plan.shredsAnything) sections.push(words.words('retentionCli.plan.applyNow', { folder: vaultDir }));
  else if (plan.chosen && plan.hold === null) sections.push(words.words('retentionCli.plan.nothingDue'));
  return sections.join('\n\n');
}
