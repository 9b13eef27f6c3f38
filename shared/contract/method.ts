import type * as z from 'zod';
import type { WorkName } from './work.ts';

/**
 * `always`: callable with the vault locked (status, unlock, create).
 * `unlocked`: refused with VAULT_LOCKED unless the vault is unlocked and past its TOTP gate.
 */
export type Access = 'always' | 'unlocked';

export interface MethodDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  access: Access;
  input: I;
  output: O;
  /**
   * Set on a long piece of work: it runs beside the queue of calls, in slices, so that a lock or
   * any other call waits at most one slice; it reports progress events under this name and stops
   * when `work.cancel` asks or the vault locks.
   */
  work?: WorkName;
}

/** Declares one method of the contract; the identity function keeps the schema types. */
export function method<I extends z.ZodType, O extends z.ZodType>(definition: MethodDefinition<I, O>): MethodDefinition<I, O> {
  return definition;
}
