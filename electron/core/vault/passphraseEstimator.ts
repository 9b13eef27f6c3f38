// zxcvbn with its English and common dictionaries (megabytes), in a module of its own so that it is
// loaded the first time a passphrase is judged, not by every unlock.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

export const estimator = new ZxcvbnFactory({
  translations: english.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...english.dictionary },
  useLevenshteinDistance: true,
});
