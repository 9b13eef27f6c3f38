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

  // Each of these passes zxcvbn's own dictionaries alone (checked with the estimator, the word left out of the group's list).
  const groupPassphrases: [word: string, passphrase: string][] = [
    ['mutual', 'mutual kettle 7'],
    ['ledger', 'ledger kettle 7'],
    ['mutualledger', 'mutualledger kettle 7'],
    ['treasurer', 'treasurer kettle 7'],
    ['treasury', 'treasury kettle 7'],
    ['bail', 'bail kettle kettle 1987'],
    ['fund', 'fund kettle kettle 1987'],
    ['mutualaid', 'mutualaid kettle 7'],
    ['aid', 'aid kettle kettle 1987'],
    ['solidarity', 'solidarity kettle 7'],
    ['community', 'community kettle 7'],
  ];
  it.each(groupPassphrases)("counts '%s' among the group's words: '%s' is refused", async (_word, passphrase) => {
    expect((await assessPassphrase(passphrase)).acceptable).toBe(false);
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
