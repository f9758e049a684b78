import { Center, Loader, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './error-alert';
import { apiErrorOf } from './errors';
import { PageHeader } from './page-header';

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

/** A page whose record is on its way: a title bar, then `children` (its skeleton blocks). */
export function PageSkeleton({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true">
      <Text className="visually-hidden" role="status">
        {t('common.loading')}
      </Text>
      <Skeleton height={40} width="60%" radius="md" />
      {children}
    </Stack>
  );
}

interface PageLoadErrorProps {
  /** The page's title, shown above the alert. */
  title: string;
  error: unknown;
  onRetry: () => void;
  /** The error code that means the record does not exist: no "Try again" then. */
  notFoundCode?: string;
  /** A way back, under the message. */
  children?: ReactNode;
}

/** A page whose record failed to load: its title, what happened, "Try again" unless it is gone. */
export function PageLoadError({
  title,
  error,
  onRetry,
  notFoundCode,
  children,
}: PageLoadErrorProps) {
  const notFound = notFoundCode !== undefined && apiErrorOf(error).rawCode === notFoundCode;
  return (
    <>
      <PageHeader title={title} />
      <ApiErrorAlert error={error} onRetry={notFound ? undefined : onRetry}>
        {children}
      </ApiErrorAlert>
    </>
  );
}
