import type { Commitments } from '../../../electron/core/ledger/entryHash.ts';

/** The commitments of a row written straight into the table for a test about reading: no salt, no digest, a placeholder hash. */
export const unhashed: Commitments = {
  salts: { memo: null, recipientCode: null, receipt: null, platformTransactionId: null },
  digests: { memo: null, recipientCode: null, receipt: null, platformTransactionId: null },
  contentHash: '0'.repeat(64),
};
