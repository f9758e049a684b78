import { describe, expect, it } from '@jest/globals';
import { newPasswordProblem, personalWords } from './password-rules';

describe(personalWords.name, () => {
  it('splits names and e-mail addresses, each word also without diacritics', () => {
    expect(personalWords(['Đorđe', 'Petrović', 'djordje.petrovic@opstina.rs', null])).toEqual([
      'đorđe',
      'djordje',
      'petrović',
      'petrovic',
      'opstina',
      'rs',
    ]);
  });
});

describe(newPasswordProblem.name, () => {
  it('asks for a password', () => expect(newPasswordProblem('', null)).toBe('validation.required'));
  it('asks for 10 characters', () =>
    expect(newPasswordProblem('kratka', 4)).toBe('validation.passwordMin'));
  it('refuses a guessable one once the score is known', () =>
    expect(newPasswordProblem('password123', 1)).toBe('validation.passwordWeak'));
  it('leaves the decision to the server while the estimator loads', () =>
    expect(newPasswordProblem('password123', null)).toBeNull());
  it('accepts a long, unguessable one', () =>
    expect(newPasswordProblem('plavi konj jede sladoled', 4)).toBeNull());
});
