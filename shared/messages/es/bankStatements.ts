import type { Translation } from '../translation.ts';
import type { bankStatements as english } from '../en/bankStatements.ts';

export const bankStatements = {} satisfies Translation<typeof english>;
