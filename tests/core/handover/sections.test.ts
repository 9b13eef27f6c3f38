// Which sections a payload holds follows the ledger's schema: a table is carried from the step that
// made it, so a payload written before that step is still read. Synthetic data only.
import { describe, expect, it } from 'vitest';
import { handoverSections, sectionsOf } from '../../../electron/core/handover/handoverPayload.ts';
import { ledgerSchemaVersion } from '../../../electron/core/ledger/schema/migrate.ts';
import { ledgersClosedAfterEachTest, openBareLedger, openBareLedgerAtSchema } from '../ledger/bareLedger.ts';

describe('the sections of a handover payload', () => {
  const current = ledgersClosedAfterEachTest(openBareLedger, 'sections-now-');
  const older = ledgersClosedAfterEachTest((prefix) => openBareLedgerAtSchema(prefix, ledgerSchemaVersion - 1), 'sections-before-');

  it('are every section at this schema, and leave out the cleared entries of a ledger from before their step', () => {
    expect(sectionsOf(current())).toEqual([...handoverSections]);
    expect(sectionsOf(older())).toEqual(handoverSections.filter((section) => section !== 'reconciliation_cleared'));
  });
});
