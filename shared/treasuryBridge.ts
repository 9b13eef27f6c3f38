import { contract, type Contract, type Input, type MethodName, type Namespace, type Output, type TreasuryEvent } from './contract/index.ts';
import { TreasuryError } from './errors.ts';
import type { Result } from './result.ts';

/** Sends one call to the core, wherever it runs, and brings back its Result. */
export type Call = (method: MethodName, input: unknown) => Promise<Result<unknown>>;
export type Subscribe = (listener: (event: TreasuryEvent) => void) => () => void;

type Args<M extends MethodName> = Record<string, never> extends Input<M> ? [input?: Input<M>] : [input: Input<M>];
type MethodsOf<N extends Namespace, R> = {
  [K in keyof Contract[N] & string]: (...args: Args<`${N}.${K}` & MethodName>) => Promise<R extends 'result' ? Result<Output<`${N}.${K}` & MethodName>> : Output<`${N}.${K}` & MethodName>>;
};

/** `window.treasury`: one function per contract method, each resolving to a Result (safe to pass through contextBridge). */
export type TreasuryBridge = { [N in Namespace]: MethodsOf<N, 'result'> } & { onEvent: Subscribe };

/** What screens and the CLI use: the same methods, resolving to the value or throwing a TreasuryError. */
export type TreasuryClient = { [N in Namespace]: MethodsOf<N, 'value'> };

function buildMethods<R>(invoke: (method: MethodName, input: unknown) => Promise<R>): Record<string, Record<string, (input?: unknown) => Promise<R>>> {
  return Object.fromEntries(
    Object.entries(contract).map(([namespace, methods]) => [
      namespace,
      Object.fromEntries(Object.keys(methods).map((key) => [key, (input?: unknown) => invoke(`${namespace}.${key}` as MethodName, input ?? {})])),
    ]),
  );
}

/** Builds `window.treasury` from the contract over a transport (Electron IPC or the Chromium shell's page binding). */
export function createTreasuryBridge(call: Call, subscribe: Subscribe): TreasuryBridge {
  return { ...buildMethods(call), onEvent: subscribe } as unknown as TreasuryBridge;
}

/** Wraps a Result-returning call into one that throws TreasuryError, typed from the contract. */
export function createTreasuryClient(call: Call): TreasuryClient {
  return buildMethods(async (method, input) => {
    const result = await call(method, input);
    if (!result.ok) throw TreasuryError.fromPayload(result.error);
    return result.value;
  }) as unknown as TreasuryClient;
}

/** The Result-returning function for one method of a bridge, by name. */
export function bridgeCall(bridge: TreasuryBridge): Call {
  return (method, input) => {
    const [namespace, key] = method.split('.') as [Namespace, string];
    const fn = (bridge[namespace] as unknown as Record<string, (input: unknown) => Promise<Result<unknown>>>)[key];
    if (fn === undefined) throw new Error(`window.treasury has no ${method}`);
    return fn(input);
  };
}
