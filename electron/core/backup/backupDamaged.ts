import { TreasuryError } from '../../../shared/errors.ts';
import type { Message } from '../../../shared/messages/message.ts';

/** SQLite failing to read a page back (its HMAC does not match) is a damaged backup, said with `reason`; anything else stays what it is. */
export function damagedIfUnreadable(error: unknown, reason: Message): unknown {
  return error instanceof Error && error.name === 'SqliteError' ? new TreasuryError('BACKUP_DAMAGED', reason) : error;
}
