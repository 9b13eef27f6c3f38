import type { Handlers } from '../dispatcher.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { applyImport } from '../import/applyImport.ts';
import { addCategoryRule, categoryRules, moveCategoryRule, removeCategoryRule } from '../import/categoryRules.ts';
import { planImport } from '../import/importPlan.ts';

type ImportHandlers = Pick<Handlers, Extract<keyof Handlers, `import.${string}` | `rules.${string}`>>;

/** The contract's import methods and category rules. */
export function importHandlers(ledger: () => Ledger, now: () => Date): ImportHandlers {
  return {
    'import.preview': (request) => planImport(ledger(), request, now()).preview,
    'import.apply': ({ planDigest, ...request }) => applyImport(ledger(), request, planDigest, now()),
    'rules.list': () => categoryRules(ledger()),
    'rules.add': (rule) => addCategoryRule(ledger(), rule),
    'rules.remove': ({ id }) => ({ removed: removeCategoryRule(ledger(), id) }),
    'rules.move': ({ id, position }) => moveCategoryRule(ledger(), id, position),
  };
}
