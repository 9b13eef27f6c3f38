import { z } from 'zod';
import { lockReasonSchema } from './vault.ts';

/** What the core tells the front doors without being asked. */
export const eventSchemas = {
  locked: z.object({ reason: lockReasonSchema }),
};

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export type TreasuryEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];
