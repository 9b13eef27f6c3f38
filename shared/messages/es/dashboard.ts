import type { Translation } from '../translation.ts';
import type { dashboard as english } from '../en/dashboard.ts';

export const dashboard = {} satisfies Translation<typeof english>;
