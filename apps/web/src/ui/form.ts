import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next } from '@web/i18n/i18n';

type Rule = (value: string) => string | null;

const t = i18next.t.bind(i18next);

// Messages are made when a field is validated, in the language of that moment; see
// useRevalidateOnLanguageChange for a language switched while they show.
export const required: Rule = (value) => (value.trim() ? null : t('validation.required'));

export const email: Rule = (value) =>
  required(value) ??
  (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : t('validation.email'));

export const maxLength =
  (max: number): Rule =>
  (value) =>
    value.length > max ? t('validation.maxLength', { max }) : null;

export const phone: Rule = (value) =>
  !value.trim() || /^[+\d][\d\s/()-]{4,38}$/.test(value.trim()) ? null : t('validation.phone');

/** The first message of several rules. */
export const all =
  (...rules: Rule[]): Rule =>
  (value) => {
    for (const rule of rules) {
      const message = rule(value);
      if (message) return message;
    }
    return null;
  };

/** Re-validates the fields that show an error, so their messages follow a language switch. */
export function useRevalidateOnLanguageChange<Values>(form: UseFormReturnType<Values>): void {
  const { i18n } = useTranslation();
  // `form` is new on every render: keep the latest in a ref so only a language switch re-runs this.
  const latest = useRef(form);
  latest.current = form;
  useEffect(() => {
    for (const path of Object.keys(latest.current.errors)) latest.current.validateField(path);
  }, [i18n.language]);
}
