import type { Translation } from '../translation.ts';
import type { paymentStatements as english } from '../en/paymentStatements.ts';

export const paymentStatements = {} satisfies Translation<typeof english>;
