import { expect, it } from 'vitest';
import { sqlcipherRawKey } from '../../../electron/core/vault/sqlcipherKey.ts';

// SQLCipher takes a raw key as x'<64 hex digits>' and then skips its own PBKDF2 (docs/vault-format.md).
it('writes the data key as SQLCipher’s raw-key form, lower-case hex between x and quotes', () => {
  const dataKey = Buffer.from(Array.from({ length: 32 }, (_, index) => index * 8 + 7));
  expect(sqlcipherRawKey(dataKey).toString('latin1')).toBe(`x'070f171f272f373f474f575f676f777f878f979fa7afb7bfc7cfd7dfe7eff7ff'`);
  expect(sqlcipherRawKey(Buffer.alloc(32)).toString('latin1')).toBe(`x'${'0'.repeat(64)}'`);
});
