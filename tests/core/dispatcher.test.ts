import { describe, expect, it } from 'vitest';
import { passphrases, startTreasury } from './treasuryFixture.ts';

describe('the dispatcher checks every call against the contract', () => {
  it('refuses an unknown method', async () => {
    const { treasury } = startTreasury();
    expect(await treasury.dispatcher.call('vault.explode', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'There is no method called "vault.explode".' },
    });
    expect((await treasury.dispatcher.call('constructor.prototype', {})).ok).toBe(false);
  });

  it('refuses input of the wrong shape with a clear message, and changes nothing', async () => {
    const { treasury, vaultDir } = startTreasury();
    const result = await treasury.dispatcher.call('vault.create', { vaultDir, passphrase: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^passphrase: /) } });
    expect(await treasury.dispatcher.call('vault.create', { vaultDir, passphrase: passphrases.treasurer, admin: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await treasury.dispatcher.call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'no-vault' } });
  });

  it('refuses methods that need the vault open while it is locked', async () => {
    const { treasury } = startTreasury();
    expect(await treasury.dispatcher.call('totp.beginEnrolment', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });
});
