// Data put straight into the core behind the screens, as the screens would record it, so a test
// spends its time on what it is about. Synthetic data only.
import type { AppUnderTest } from './appFixture.ts';

/** Calls a contract method on the test's core through its dispatcher. */
export function callCore(app: AppUnderTest, method: string, input: unknown) {
  return app.shell.treasury.dispatcher.call(method, input);
}

/** Calls a contract method on the test's core and gives its answer; a refusal fails the test, naming the method. */
export async function succeeded<T>(app: AppUnderTest, method: string, input: unknown): Promise<T> {
  const result = await callCore(app, method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Adds the group's synthetic USD credit union account and returns its number. */
export async function addCreditUnion(app: AppUnderTest): Promise<number> {
  const added = await callCore(app, 'accounts.add', {
    name: 'Credit union',
    kind: 'credit-union',
    currency: 'USD',
    holder: 'organisation',
    security: { mfa: true, personalPhone: false, personalName: false, personalCard: false },
  });
  if (!added.ok) throw new Error(JSON.stringify(added.error));
  return (added.value as { id: number }).id;
}

/** Adds the group's synthetic Venmo, held by the organisation, and returns its number. */
export async function addVenmo(app: AppUnderTest): Promise<number> {
  const added = await succeeded<{ id: number }>(app, 'accounts.add', {
    name: 'Venmo',
    kind: 'venmo',
    currency: 'USD',
    handle: '@synthetic-mutual-aid',
    holder: 'organisation',
    security: { mfa: true, personalPhone: false, personalName: false, personalCard: false },
  });
  return added.id;
}

/**
 * Holds every call to the core from now on, in the order made, until `release` is called: a stand-in
 * for a long call at the head of the core's queue that does not depend on how fast this machine runs
 * Argon2id (three passphrase changes once did it, until a faster machine finished them before a click).
 */
export function holdTheCoresCalls(app: AppUnderTest): { release: () => void } {
  const { dispatcher } = app.shell.treasury;
  const passOn = dispatcher.call.bind(dispatcher);
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  dispatcher.call = (method, input) => released.then(() => passOn(method, input));
  return {
    release: () => {
      dispatcher.call = passOn;
      release();
    },
  };
}
