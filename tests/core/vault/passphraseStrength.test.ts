import { describe, expect, it } from 'vitest';
import { assessPassphrase } from '../../../electron/core/vault/passphraseStrength.ts';
import { say } from '../../../shared/messages/message.ts';
import { translatorFor } from '../../../shared/messages/translator.ts';

// The strength a new passphrase must have: a year of offline guessing against Argon2id, by zxcvbn's
// estimate, with the words a mutual aid group's vault is guessed with first.
describe('how strong a passphrase is', () => {
  it('accepts three unrelated words and says nothing against them', async () => {
    expect(await assessPassphrase('walnut ferry signal')).toMatchObject({ acceptable: true, warning: null, suggestions: [] });
  });

  it("counts the group's own words against it: 'bail fund 2024', which zxcvbn's dictionaries alone would let pass", async () => {
    const assessment = await assessPassphrase('bail fund 2024');
    expect(assessment.acceptable).toBe(false);
    expect(assessment.crackTime).toEqual(say('vault.crackTime', { unit: 'day', count: 17 }));
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
    expect(await assessPassphrase('qwertyuiop')).toMatchObject({ acceptable: false, warning: say('vault.warning.topHundred'), suggestions: [say('vault.suggestion.anotherWord')] });
  });

  it('without a warning from zxcvbn, says how fast a copy could be guessed, and what to do', async () => {
    expect(await assessPassphrase('velvet harbour')).toEqual({
      score: expect.any(Number),
      acceptable: false,
      warning: say('vault.guessableIn', { time: say('vault.crackTime', { unit: 'hour', count: 11 }) }),
      suggestions: [say('vault.addUnrelatedWords')],
      crackTime: say('vault.crackTime', { unit: 'hour', count: 11 }),
    });
  });

  // 'ventana cocina' (window kitchen) passed zxcvbn's English dictionaries alone: centuries, by their estimate.
  it('knows common Spanish words as well as English ones: two of them are refused', async () => {
    expect(await assessPassphrase('ventana cocina')).toMatchObject({ acceptable: false, crackTime: say('vault.crackTime', { unit: 'hour', count: 5 }) });
  });

  it('says how long a guess takes in either language, from under a second to centuries', async () => {
    const [english, spanish] = [translatorFor('en'), translatorFor('es')];
    const times = await Promise.all(['a', 'velvet harbour', 'walnut ferry signal'].map(async (passphrase) => (await assessPassphrase(passphrase)).crackTime));
    expect(times.map((time) => english.say(time))).toEqual(['less than a second', '11 hours', 'centuries']);
    expect(times.map((time) => spanish.say(time))).toEqual(['menos de un segundo', '11 horas', 'siglos']);
    expect(spanish.say(say('vault.crackTime', { unit: 'year', count: 1 }))).toBe('1 año');
  });
});
