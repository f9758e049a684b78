/** The server's rules (identity: password-policy): length, and a guessability score of 3 or more. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
export const MIN_PASSWORD_SCORE = 3;

export type PasswordScore = 0 | 1 | 2 | 3 | 4;

/**
 * The words of a person's name and e-mail address, as the server counts them guessable: lower
 * case, split at separators, each also without diacritics (đ → dj).
 */
export function personalWords(values: readonly (string | null | undefined)[]): string[] {
  return values
    .filter((value): value is string => Boolean(value))
    .flatMap((value) => value.toLowerCase().split(/[@.\s_-]+/))
    .flatMap((word) => [word, withoutDiacritics(word)])
    .filter((word, index, all) => word.length > 0 && all.indexOf(word) === index);
}

const withoutDiacritics = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'dj');

/**
 * The translation key of what is wrong with a new password, or null when it may be sent.
 * `score` is null while the estimator is still loading: the server then has the last word.
 */
export function newPasswordProblem(
  password: string,
  score: PasswordScore | null,
):
  | 'validation.required'
  | 'validation.passwordMin'
  | 'validation.passwordMax'
  | 'validation.passwordWeak'
  | null {
  if (!password) return 'validation.required';
  if (password.length < MIN_PASSWORD_LENGTH) return 'validation.passwordMin';
  if (password.length > MAX_PASSWORD_LENGTH) return 'validation.passwordMax';
  if (score !== null && score < MIN_PASSWORD_SCORE) return 'validation.passwordWeak';
  return null;
}
