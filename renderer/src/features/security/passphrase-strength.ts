import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

let factory: Promise<ZxcvbnFactory> | null = null;

/** zxcvbn with its dictionaries, loaded only when a passphrase is being chosen (about 1 MB). */
function estimator(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, english]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...english.dictionary },
        graphs: common.adjacencyGraphs,
      }),
  );
  return factory;
}

/**
 * How hard a passphrase is to guess, 0 (guessed at once) to 4 (very hard), estimated as password
 * crackers work: common words and passwords, names, dates, keyboard patterns, l33t.
 */
export async function passphraseStrength(passphrase: string, context: string[] = []): Promise<StrengthScore> {
  if (passphrase === '') return 0;
  return (await estimator()).check(passphrase, context).score as StrengthScore;
}
