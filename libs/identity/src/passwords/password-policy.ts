import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { DomainError } from '@mreza/shared/graphql';

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary },
  graphs: common.adjacencyGraphs,
});

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export class WeakPasswordError extends DomainError {
  constructor(reason: string) {
    super('WEAK_PASSWORD', `The password is too weak: ${reason}`);
  }
}

/**
 * Length and a guessability estimate (zxcvbn), with the person's own name and e-mail counted
 * as guessable words. Throws {@link WeakPasswordError} with a reason a person can act on.
 */
export function assertStrongPassword(password: string, personalWords: string[] = []): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new WeakPasswordError(`use at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new WeakPasswordError(`use at most ${MAX_PASSWORD_LENGTH} characters`);
  }
  const words = personalWords
    .flatMap((word) => word.toLowerCase().split(/[@.\s_-]+/))
    .flatMap((word) => [word, withoutDiacritics(word)])
    .filter(Boolean);
  const result = zxcvbn.check(password, words);
  if (result.score < 3) {
    const hint = result.feedback.warning || 'it is too easy to guess';
    throw new WeakPasswordError(
      `${hint.replace(/\.$/, '').toLowerCase()}; add more unrelated words`,
    );
  }
}

const withoutDiacritics = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'dj');
