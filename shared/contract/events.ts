import * as z from 'zod';
import { lockReasonSchema } from './vault.ts';
import { workProgressSchema } from './work.ts';

/** What the core tells the front doors without being asked. */
export const eventSchemas = {
  locked: z.object({ reason: lockReasonSchema }),
  /** A long piece of work moved on: sent at most once per slice. */
  progress: workProgressSchema,
};

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export type TreasuryEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];
