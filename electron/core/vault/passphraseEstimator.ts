// zxcvbn with its common, English and Spanish dictionaries (megabytes), in a module of its own so that
// it is loaded the first time a passphrase is judged, not by every unlock. Given no translations, its
// feedback comes back as its own keys ("topTen", "hours"), never as sentences: passphraseStrength.ts
// makes them messages.
import { ZxcvbnFactory, type TranslationKeys } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as spanish from '@zxcvbn-ts/language-es-es';

export type WarningKey = keyof TranslationKeys['warnings'];
export type SuggestionKey = keyof TranslationKeys['suggestions'];
export type TimeKey = keyof TranslationKeys['timeEstimation'];

export const estimator = new ZxcvbnFactory({
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...english.dictionary, ...spanish.dictionary },
  useLevenshteinDistance: true,
});
