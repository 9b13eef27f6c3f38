import { join } from 'node:path';
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { passphrases, startTreasury } from '../treasuryFixture.ts';

// The middle of a 30-second step, so that ±1 step is unambiguous.
const start = new Date(Math.floor(Date.now() / 30_000) * 30_000 + 15_000);
const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

describe('one TOTP code is accepted once, even by two windows at the same moment', () => {
  it('two cores at the gate of one vault cannot both pass with the same code', async () => {
    const first = startTreasury({ now: start });
    await first.client.vault.create({ vaultDir: first.vaultDir, passphrase: passphrases.treasurer });
    const { secret } = await first.client.totp.beginEnrolment();
    await first.client.totp.confirmEnrolment({ code: await codeAt(secret, start) });
    await first.client.vault.lock({});

    const later = new Date(start.getTime() + 60_000);
    first.clock.now = later;
    const second = startTreasury({ root: join(first.vaultDir, '..'), now: later });
    expect(await first.client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'awaiting-totp' });
    expect(await second.client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'awaiting-totp' });

    const code = await codeAt(secret, later);
    const results = await Promise.allSettled([first.client.vault.confirmTotp({ code }), second.client.vault.confirmTotp({ code })]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    await first.treasury.close();
    await second.treasury.close();
  });
});
