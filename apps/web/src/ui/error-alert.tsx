import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorInfo } from './errors';
import { apiErrorOf } from './errors';
import { AlertIcon } from './icons';

/** The message for an API error in the interface language. */
export function useErrorMessage(): (error: ApiErrorInfo, secondsLeft?: number) => string {
  const { t } = useTranslation();
  return (error, secondsLeft) =>
    t(`errors.${error.code}`, { seconds: secondsLeft ?? error.retryAfter ?? 60 });
}

interface ApiErrorAlertProps {
  error: unknown;
  /** Offers "Try again" when set. */
  onRetry?: () => void;
  /** Overrides the seconds shown for throttling, e.g. from a running countdown. */
  secondsLeft?: number;
  children?: ReactNode;
}

/** Says what went wrong with a request, and offers to try again. Announced to screen readers. */
export function ApiErrorAlert({ error, onRetry, secondsLeft, children }: ApiErrorAlertProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert color="red" title={t('errors.title')} icon={<AlertIcon />} role="alert">
      <Stack gap="xs">
        <Text size="sm">{message(apiErrorOf(error), secondsLeft)}</Text>
        {children}
        {onRetry && (
          <Group>
            {/* red.8: the default shade is under 4.5:1 on the alert's light red. */}
            <Button size="xs" variant="outline" color="red.8" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
