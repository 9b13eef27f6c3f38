import type { Handlers } from '../dispatcher.ts';
import type { LongWork } from '../longWork.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { applyImport } from '../import/applyImport.ts';
import { addColumnMapping, columnMappings, removeColumnMapping } from '../import/columnMappings.ts';
import { addCategoryRule, categoryRules, moveCategoryRule, removeCategoryRule } from '../import/categoryRules.ts';
import { plannedImport } from '../import/rememberedPlan.ts';
import { firstRecords } from '../import/statementTable.ts';

/** How many rows of a CSV file the column mapping form shows: a bank's title lines and the header, and rows enough to tell the columns apart. */
const peekedRows = 12;

type ImportHandlers = Pick<Handlers, Extract<keyof Handlers, `import.${string}` | `rules.${string}` | `mappings.${string}`>>;

/** The contract's import methods (long work that reports its progress), category rules and column mappings. */
export function importHandlers(ledger: () => Ledger, now: () => Date, longWork: LongWork): ImportHandlers {
  return {
    'import.peek': ({ text }) => ({ rows: firstRecords(text, peekedRows) }),
    'import.preview': (request) => longWork.holdingTheQueue('import', async (report) => (await plannedImport(ledger(), request, now(), report)).preview),
    'import.apply': ({ planDigest, ...request }) => longWork.holdingTheQueue('import', (report) => applyImport(ledger(), request, planDigest, now(), report)),
    'rules.list': () => categoryRules(ledger()),
    'rules.add': (rule) => addCategoryRule(ledger(), rule),
    'rules.remove': ({ id }) => ({ removed: removeCategoryRule(ledger(), id) }),
    'rules.move': ({ id, position }) => moveCategoryRule(ledger(), id, position),
    'mappings.list': () => columnMappings(ledger()),
    'mappings.add': (mapping) => addColumnMapping(ledger(), mapping),
    'mappings.remove': ({ name }) => ({ removed: removeColumnMapping(ledger(), name) }),
  };
}
