/**
 * Money in and money out: the one rule, over postings (docs/ledger-format.md, "Money in and money
 * out"). The ledger's totals, the dashboard, the CLI and the auditor's summary all add up their
 * figures through these sums, whether they read the monthly totals or the entries.
 *
 *   - Money in is contributions; money out is disbursements and fees. Each side is the kind's
 *     postings added up with their signs, so a reversal takes away from the side of what it
 *     reverses: a contribution given back is less money in, not more money out.
 *   - Adjustments (a balance corrected, or written off) are neither: they are added up apart, with
 *     their signs, as `adjusted`.
 *   - Transfers move the group's own money about and are neither, for the group. Seen from one
 *     account, or one fund, a transfer into it is money in and one out of it money out.
 *
 * So money in, less money out, plus adjusted, is always what the balances moved by.
 */

import { isOneHolder, payingSideOn, receivingSideOn, type Holder } from './holderSides.ts';

/** A posting as SQL: its kind (`contribution` … `adjustment`, or `transfer-in`; NULL for none) and its signed effect. */
export interface PostingSql {
  kind: string;
  delta: string;
}

/** Whose money the figures are: the whole group's, or one account's or fund's, which transfers move money into and out of. */
export type FlowView = 'group' | 'one-holder';

function moneyIn(posting: PostingSql, view: FlowView): string {
  return `CASE ${posting.kind} WHEN 'contribution' THEN ${posting.delta} ${view === 'one-holder' ? `WHEN 'transfer-in' THEN ${posting.delta}` : ''} ELSE 0 END`;
}

function moneyOut(posting: PostingSql, view: FlowView): string {
  return `CASE WHEN ${posting.kind} IN ('disbursement', 'fee'${view === 'one-holder' ? ", 'transfer'" : ''}) THEN -(${posting.delta}) ELSE 0 END`;
}

function adjusted(posting: PostingSql): string {
  return `CASE ${posting.kind} WHEN 'adjustment' THEN ${posting.delta} ELSE 0 END`;
}

/** The SQL columns `moneyIn`, `moneyOut` and `adjusted`, summed over the rows' postings. */
export function flowSums(postings: PostingSql[], view: FlowView): string {
  const sum = (each: (posting: PostingSql) => string) => `COALESCE(SUM(${postings.map(each).join(' + ')}), 0)`;
  return `${sum((posting) => moneyIn(posting, view))} AS moneyIn, ${sum((posting) => moneyOut(posting, view))} AS moneyOut, ${sum(adjusted)} AS adjusted`;
}

/** What an entry (aliased `e`) gives its paying account and fund, as the `postings` view says: contributions and adjustments add, the other kinds take. */
const payingDelta = `e.sign * e.amount * (CASE WHEN e.kind IN ('contribution', 'adjustment') THEN 1 ELSE -1 END)`;

/** What a transfer (aliased `e`) gives its receiving account and fund. */
const receivingDelta = 'e.sign * e.amount';

/**
 * An entry's postings, as SQL over the entries table aliased `e`: for the group, the paying side
 * alone (a transfer's is neither in nor out); for one account or fund, the side it is on, and none for
 * a transfer with both sides on it (between two funds of one account, seen from the account; between
 * two accounts in one fund, seen from the fund), which moves nothing in or out of it.
 */
export function entryPostings(holder: Holder): PostingSql[] {
  if (!isOneHolder(holder)) return [{ kind: 'e.kind', delta: payingDelta }];
  const paying = payingSideOn(holder);
  const receiving = receivingSideOn(holder);
  return [
    { kind: `(CASE WHEN ${paying} AND NOT (${receiving}) THEN e.kind END)`, delta: payingDelta },
    { kind: `(CASE WHEN ${receiving} AND NOT (${paying}) THEN 'transfer-in' END)`, delta: receivingDelta },
  ];
}

/** What an entry (aliased `e`) did to one account's or fund's balance, signed: its postings on it added up (0 for a transfer with both sides on it). */
export function entryEffect(holder: Holder): string {
  return `(CASE WHEN ${payingSideOn(holder)} THEN ${payingDelta} ELSE 0 END + CASE WHEN ${receivingSideOn(holder)} THEN ${receivingDelta} ELSE 0 END)`;
}
