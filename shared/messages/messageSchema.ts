// A message as it crosses a boundary inside a contract output (a warning, a hint): a key the
// catalogues hold, with values of the kinds a message shows.
import * as z from 'zod';
import { english } from './catalogues.ts';
import type { Message, MessageKey, Param } from './message.ts';

const keys = Object.keys(english) as [MessageKey, ...MessageKey[]];

const paramSchema: z.ZodType<Param> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.strictObject({ minor: z.number().int(), currency: z.string() }),
    z.strictObject({ day: z.string() }),
    z.strictObject({ list: z.array(paramSchema) }),
    messageSchema,
  ]),
);

export const messageSchema: z.ZodType<Message> = z.strictObject({ key: z.enum(keys), params: z.record(z.string(), paramSchema).optional() }) as unknown as z.ZodType<Message>;
