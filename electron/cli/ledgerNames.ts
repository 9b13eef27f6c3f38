// Payment accounts and funds are named on the command line as a person knows them: by name, in
// any case, or by number. An unknown one is refused with the list of those that exist.
import type { Fund, PaymentAccount } from '../../shared/contract/index.ts';
import { TreasuryError } from '../../shared/errors.ts';
import { list, say, type Message } from '../../shared/messages/message.ts';
import type { TreasuryClient } from '../../shared/treasuryBridge.ts';
import { nameKey } from '../../shared/text.ts';

interface Named {
  id: number;
  name: string;
}

/** The payment account a flag names. */
export async function findAccount(client: TreasuryClient, named: string, flag: string): Promise<PaymentAccount> {
  const { accounts } = await client.accounts.list();
  return pick(accounts, named, (known) => say('cli.names.noSuchAccount', { flag, named, known: known ?? say('cli.names.noAccounts') }));
}

/** The fund a flag names. */
export async function findFund(client: TreasuryClient, named: string, flag: string): Promise<Fund> {
  const funds = await client.funds.list();
  return pick(funds, named, (known) => say('cli.names.noSuchFund', { flag, named, known: known ?? say('cli.names.noFunds') }));
}

// A name matches as people read it (any case, any Unicode form: "cafe\u0301" finds "Café"); then a
// number. Names cannot be bare numbers, so the two never clash (an older vault's "2024" still matches by name first).
// `refusal` is told which exist ("Known: …"), or undefined when there are none.
function pick<T extends Named>(known: T[], named: string, refusal: (known: Message | undefined) => Message): T {
  const wanted = nameKey(named.trim());
  const byName = known.find((candidate) => nameKey(candidate.name) === wanted);
  if (byName !== undefined) return byName;
  const number = /^#?(\d+)$/.exec(wanted)?.[1];
  const byId = number === undefined ? undefined : known.find((candidate) => candidate.id === Number(number));
  if (byId !== undefined) return byId;
  const names = known.map((candidate) => say('cli.names.nameAndNumber', { name: candidate.name, id: String(candidate.id) }));
  throw new TreasuryError('NOT_FOUND', refusal(names.length === 0 ? undefined : say('cli.names.known', { names: list(names) })));
}
