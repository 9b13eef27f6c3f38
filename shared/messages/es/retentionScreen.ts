import type { Translation } from '../translation.ts';
import type { retentionScreen as english } from '../en/retentionScreen.ts';

export const retentionScreen = {} satisfies Translation<typeof english>;
