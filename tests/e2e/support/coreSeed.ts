// Data put straight into the core behind the screens, as the screens would record it, so a test
// spends its time on what it is about. Synthetic data only.
import type { AppUnderTest } from './appFixture.ts';

/** Calls a contract method on the test's core through its dispatcher. */
export function callCore(app: AppUnderTest, method: string, input: unknown) {
  return app.shell.treasury.dispatcher.call(method, input);
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
  if (!added.ok) throw new Error(added.error.message);
  return (added.value as { id: number }).id;
}
