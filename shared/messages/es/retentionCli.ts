import type { Translation } from '../translation.ts';
import type { retentionCli as english } from '../en/retentionCli.ts';

export const retentionCli = {} satisfies Translation<typeof english>;
