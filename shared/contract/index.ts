import type * as z from 'zod';
import type { MethodDefinition } from './method.ts';
import { accounts } from './accounts.ts';
import { audit } from './audit.ts';
import { backup } from './backup.ts';
import { categories } from './categories.ts';
import { dashboard } from './dashboard.ts';
import { funds } from './funds.ts';
import { handover } from './handover.ts';
import { importing, mappings, rules } from './import.ts';
import { ledger } from './ledger.ts';
import { hold, retention } from './retention.ts';
import { settings } from './settings.ts';
import { totp } from './totp.ts';
import { vault } from './vault.ts';
import { work } from './work.ts';

/** Every method the core offers, by namespace. The single source for IPC, the Chromium shell and the CLI. */
export const contract = { settings, vault, totp, accounts, funds, categories, ledger, import: importing, rules, mappings, dashboard, retention, hold, handover, audit, backup, work };

export type Contract = typeof contract;
export type Namespace = keyof Contract;
export type MethodName = { [N in Namespace]: `${N & string}.${keyof Contract[N] & string}` }[Namespace];

type Lookup<M extends MethodName> = M extends `${infer N extends Namespace}.${infer K}` ? (K extends keyof Contract[N] ? Contract[N][K] : never) : never;

export type Input<M extends MethodName> = Lookup<M> extends MethodDefinition<infer I, z.ZodType> ? z.input<I> : never;
export type ParsedInput<M extends MethodName> = Lookup<M> extends MethodDefinition<infer I, z.ZodType> ? z.output<I> : never;
export type Output<M extends MethodName> = Lookup<M> extends MethodDefinition<z.ZodType, infer O> ? z.output<O> : never;

/** All method names, in contract order. */
export const methodNames: MethodName[] = Object.entries(contract).flatMap(([namespace, methods]) => Object.keys(methods).map((key) => `${namespace}.${key}` as MethodName));

/** The definition behind a method name, or undefined for a name the contract does not have. */
export function findMethod(name: string): MethodDefinition | undefined {
  const [namespace = '', key = '', ...rest] = name.split('.');
  if (rest.length > 0 || !Object.hasOwn(contract, namespace)) return undefined;
  const methods = contract[namespace as Namespace] as Record<string, MethodDefinition>;
  return Object.hasOwn(methods, key) ? methods[key] : undefined;
}

export * from './accounts.ts';
export * from './ageLock.ts';
export * from './audit.ts';
export * from './backup.ts';
export * from './categories.ts';
export * from './common.ts';
export * from './dashboard.ts';
export * from './events.ts';
export * from './funds.ts';
export * from './handover.ts';
export * from './columnMapping.ts';
export * from './import.ts';
export * from './ledger.ts';
export * from './method.ts';
export * from './monthReport.ts';
export * from './retention.ts';
export * from './settings.ts';
export * from './totp.ts';
export * from './vault.ts';
export * from './work.ts';
