import type { Translation } from '../translation.ts';
import type { importScreen as english } from '../en/importScreen.ts';

export const importScreen = {} satisfies Translation<typeof english>;
