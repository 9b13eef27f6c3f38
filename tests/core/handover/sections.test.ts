// Which sections a payload holds follows the ledger's schema: a table is carried from the step that
// made it, so a payload written before that step is still read. Synthetic data only.
import { describe, expect, it } from 'vitest';
import { handoverSections, sectionsOf } from '../../../electron/core/handover/handoverPayload.ts';
import { ledgersClosedAfterEachTest, openBareLedger, openBareLedgerAtSchema } from '../ledger/bareLedger.ts';

/** The schema a vault had before step 14 made the table of cleared entries (released steps are never renumbered). */
const schemaBeforeClearedEntries = 13;

describe('the sections of a handover payload', () => {
  const current = ledgersClosedAfterEachTest(openBareLedger, 'sections-now-');
  const older = ledgersClosedAfterEachTest((prefix) => openBareLedgerAtSchema(prefix, schemaBeforeClearedEntries), 'sections-before-');

  it('are every section at this schema, and leave out the cleared entries of a ledger from before their step', () => {
    expect(sectionsOf(current())).toEqual([...handoverSections]);
    expect(sectionsOf(older())).toEqual(handoverSections.filter((section) => section !== 'reconciliation_cleared'));
  });
});
