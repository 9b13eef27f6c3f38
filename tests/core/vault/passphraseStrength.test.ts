import { describe, expect, it } from 'vitest';
import { assessPassphrase } from '../../../electron/core/vault/passphraseStrength.ts';

// The strength a new passphrase must have: a year of offline guessing against Argon2id, by zxcvbn's
// estimate, with the words a mutual aid group's vault is guessed with first.
describe('how strong a passphrase is', () => {
  it('accepts three unrelated words and says nothing against them', async () => {
    expect(await assessPassphrase('walnut ferry signal')).toMatchObject({ acceptable: true, warning: null, suggestions: [] });
  });

  it("counts the group's own words against it: 'bail fund 2024', which zxcvbn's dictionaries alone would let pass", async () => {
    const assessment = await assessPassphrase('bail fund 2024');
    expect(assessment.acceptable).toBe(false);
    expect(assessment.crackTime).toBe('17 days');
  });

  it("keeps zxcvbn's own warning when it has one", async () => {
    expect(await assessPassphrase('qwertyuiop')).toMatchObject({ acceptable: false, warning: 'This is a frequently used password.', suggestions: ['Add more words that are less common.'] });
  });

  it('without a warning from zxcvbn, says how fast a copy could be guessed, and what to do', async () => {
    expect(await assessPassphrase('velvet harbour')).toEqual({
      score: expect.any(Number),
      acceptable: false,
      warning: 'Someone with a copy of the vault could guess this in 11 hours.',
      suggestions: ['Add another word or two that are not related to each other.'],
      crackTime: '11 hours',
    });
  });
});
