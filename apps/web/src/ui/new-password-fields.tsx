import { Group, PasswordInput, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon } from './icons';
import type { PasswordScore } from './password-rules';
import { MIN_PASSWORD_LENGTH, MIN_PASSWORD_SCORE } from './password-rules';

const SCORE_COLORS = ['red.8', 'red.8', 'orange.8', 'teal.8', 'green.8'] as const;

interface NewPasswordFieldsProps {
  password: string;
  repeat: string;
  onPasswordChange(value: string): void;
  onRepeatChange(value: string): void;
  passwordError?: string | null;
  repeatError?: string | null;
  score: PasswordScore | null;
  label?: string;
}

/** A new password typed twice, with a strength meter and the two rules it must meet. */
export function NewPasswordFields({
  password,
  repeat,
  onPasswordChange,
  onRepeatChange,
  passwordError,
  repeatError,
  score,
  label,
}: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const meterId = useId();
  const longEnough = password.length >= MIN_PASSWORD_LENGTH;
  const hardToGuess = score !== null && score >= MIN_PASSWORD_SCORE;
  const shownScore = password ? (score ?? 0) : 0;

  return (
    <Stack gap="sm">
      <PasswordInput
        label={label ?? t('password.new')}
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => onPasswordChange(event.currentTarget.value)}
        error={passwordError}
        aria-describedby={meterId}
      />
      <Stack gap={6} id={meterId}>
        <Progress
          value={password ? ((shownScore + 1) / 5) * 100 : 0}
          color={SCORE_COLORS[shownScore]}
          size="sm"
          aria-label={t('password.strength.label')}
        />
        <Text size="sm" aria-live="polite">
          {t('password.strength.label')}:{' '}
          <Text span fw={600} size="sm">
            {!password
              ? '—'
              : score === null
                ? t('password.strength.checking')
                : t(`password.strength.level${score}`)}
          </Text>
        </Text>
        <Rule met={longEnough}>
          {t('password.strength.minLength', { min: MIN_PASSWORD_LENGTH })}
        </Rule>
        <Rule met={hardToGuess}>{t('password.strength.hardToGuess')}</Rule>
      </Stack>
      <PasswordInput
        label={t('password.repeat')}
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(event) => onRepeatChange(event.currentTarget.value)}
        error={repeatError}
      />
    </Stack>
  );
}

function Rule({ met, children }: { met: boolean; children: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" c={met ? 'green.9' : 'dimmed'}>
      <CheckIcon size={16} style={{ opacity: met ? 1 : 0.35 }} />
      <Text size="sm" c="inherit">
        {children}
        <VisuallyHidden>
          {' '}
          ({met ? t('password.strength.ruleMet') : t('password.strength.ruleNotMet')})
        </VisuallyHidden>
      </Text>
    </Group>
  );
}
