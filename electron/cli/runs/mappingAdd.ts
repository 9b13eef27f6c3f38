// What `mutual-ledger mapping add NAME` does once its command line is read (its help and flags: ../commands/mappingAdd.ts).
import { columnMappingSchema } from '../../../shared/contract/index.ts';
import { problemOf } from '../../../shared/messages/inputProblems.ts';
import { say } from '../../../shared/messages/message.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { renderMappings } from '../mappingText.ts';
import type { OptionName } from '../options.ts';
import { withUnlockedTreasury } from '../session.ts';

/** Each flag and the mapping's field it sets. */
const flagFields = {
  'date-column': 'dateColumn',
  'date-format': 'dateFormat',
  decimal: 'decimalSeparator',
  'amount-column': 'amountColumn',
  'in-column': 'inColumn',
  'out-column': 'outColumn',
  'description-column': 'descriptionColumn',
  'id-column': 'transactionIdColumn',
  'counterparty-column': 'counterpartyColumn',
} as const satisfies Partial<Record<OptionName, string>>;

export async function run(context: CommandContext): Promise<void> {
  const { operand, values, out } = context;
  const given = Object.entries(flagFields).flatMap(([flag, field]) => {
    const value = values[flag as keyof typeof flagFields];
    return value === undefined ? [] : [[field, value] as const];
  });
  // The whole mapping is checked by the contract's own schema before the passphrase is asked for.
  const parsed = columnMappingSchema.safeParse({ name: operand ?? '', decimalSeparator: '.', ...Object.fromEntries(given) });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    const flag = Object.entries(flagFields).find(([, name]) => name === field)?.[0];
    throw usageError(say('cli.flag.refused', { flag: flag === undefined ? 'NAME' : `--${flag}`, problem: problemOf(parsed.error) }));
  }
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.mappings.add(parsed.data), (saved) => [out.words.words('importCli.mapping.added', { name: saved.name }), renderMappings([saved], out.words)].join('\n\n'));
  });
}
