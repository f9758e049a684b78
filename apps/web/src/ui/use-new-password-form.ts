import type { UseFormReturnType } from '@mantine/form';
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import { i18next } from '@web/i18n/i18n';
import { useRevalidateOnLanguageChange } from './form';
import type { PasswordScore } from './password-rules';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, newPasswordProblem } from './password-rules';
import { usePasswordScore } from './password-strength';

export interface NewPasswordValues {
  current: string;
  password: string;
  repeat: string;
}

export interface NewPasswordForm {
  form: UseFormReturnType<NewPasswordValues>;
  score: PasswordScore | null;
  /** Props for <NewPasswordFields>. */
  fields: {
    password: string;
    repeat: string;
    onPasswordChange(value: string): void;
    onRepeatChange(value: string): void;
    passwordError: string | null;
    repeatError: string | null;
    score: PasswordScore | null;
  };
}

/**
 * A form for a new password typed twice (and the current one, when `withCurrent`), checked as
 * the server checks it: length, and guessability with the person's own name counted as known.
 */
export function useNewPasswordForm(words: string[], withCurrent = false): NewPasswordForm {
  const scoreRef = useRef<PasswordScore | null>(null);
  const form = useForm<NewPasswordValues>({
    initialValues: { current: '', password: '', repeat: '' },
    validate: {
      current: (value) => (withCurrent && !value ? i18next.t('validation.required') : null),
      password: (value) => {
        const problem = newPasswordProblem(value, scoreRef.current);
        return problem
          ? i18next.t(problem, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH })
          : null;
      },
      repeat: (value, values) =>
        value === values.password ? null : i18next.t('validation.passwordsDiffer'),
    },
  });
  useRevalidateOnLanguageChange(form);
  const score = usePasswordScore(form.values.password, words);
  scoreRef.current = score;

  const errorOf = (path: keyof NewPasswordValues) => {
    const error = form.errors[path];
    return typeof error === 'string' ? error : null;
  };

  return {
    form,
    score,
    fields: {
      password: form.values.password,
      repeat: form.values.repeat,
      onPasswordChange: (value) => form.setFieldValue('password', value),
      onRepeatChange: (value) => form.setFieldValue('repeat', value),
      passwordError: errorOf('password'),
      repeatError: errorOf('repeat'),
      score,
    },
  };
}
