import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './error-alert';

/** A spinner with a text for screen readers, for content that is on its way. */
export function LoadingState({ label, minHeight = 160 }: { label?: string; minHeight?: number }) {
  const { t } = useTranslation();
  const text = label ?? t('common.loading');
  return (
    <Center mih={minHeight} role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text size="sm" c="dimmed">
          {text}
        </Text>
      </Stack>
    </Center>
  );
}

/** A failed load: what happened, and "Try again". */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return <ApiErrorAlert error={error} onRetry={onRetry} />;
}
