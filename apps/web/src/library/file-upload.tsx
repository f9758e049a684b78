import { useApolloClient } from '@apollo/client/react';
import { Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@web/i18n/format';
import { ApiErrorAlert } from '@web/ui/error-alert';
import type { KnownErrorCode } from '@web/ui/errors';
import { apiErrorOf } from '@web/ui/errors';
import { CheckIcon } from '@web/ui/icons';
import { fileSize } from './library-labels';
import { ACCEPTED_EXTENSIONS, uploadFile } from './upload';

const RETRYABLE = new Set<KnownErrorCode>([
  'NETWORK',
  'SERVER_UNAVAILABLE',
  'UPLOAD_FAILED',
  'UPLOAD_EXPIRED',
  'UPLOAD_NOT_FOUND',
  'UPLOAD_SIZE_MISMATCH',
]);

type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; file: File; progress: number }
  | { status: 'done'; file: File; uploadId: string }
  | { status: 'failed'; file: File; error: unknown };

interface FileUploadProps {
  /** The file is stored: its upload id for createDocument or addDocumentVersion. */
  onUploaded(uploadId: string, file: File): void;
  /** Another file was chosen, or the upload failed: nothing to create from yet. */
  onCleared(): void;
}

/**
 * Choose a file; it goes straight to storage at once, with a progress bar, while the metadata
 * is filled in. A refused file (too large, a type the library does not take, a bad name) says
 * why in the interface language.
 */
export function FileUpload({ onUploaded, onCleared }: FileUploadProps) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const client = useApolloClient();
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const start = async (file: File | null) => {
    if (!file) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    onCleared();
    setState({ status: 'uploading', file, progress: 0 });
    try {
      const uploadId = await uploadFile(
        client,
        file,
        (progress) =>
          setState((current) =>
            current.status === 'uploading' && current.file === file
              ? { ...current, progress }
              : current,
          ),
        controller.signal,
      );
      if (controller.signal.aborted) return;
      setState({ status: 'done', file, uploadId });
      onUploaded(uploadId, file);
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ status: 'failed', file, error });
    }
  };

  const percent =
    state.status === 'uploading'
      ? Math.round(state.progress * 100)
      : state.status === 'done'
        ? 100
        : 0;

  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        <FileButton onChange={(file) => void start(file)} accept={ACCEPTED_EXTENSIONS.join(',')}>
          {(props) => (
            <Button {...props} variant={state.status === 'idle' ? 'filled' : 'default'}>
              {state.status === 'idle' ? t('library.upload.choose') : t('library.upload.another')}
            </Button>
          )}
        </FileButton>
        {state.status !== 'idle' && (
          <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {state.file.name} ({fileSize(state.file.size, language)})
          </Text>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('library.upload.accepted')}
      </Text>
      {(state.status === 'uploading' || state.status === 'done') && (
        <Stack gap={4}>
          <Progress
            value={percent}
            size="lg"
            radius="md"
            color={state.status === 'done' ? 'teal' : undefined}
            aria-label={t('library.upload.progress')}
            animated={state.status === 'uploading'}
          />
          <Group gap={6} role="status" aria-live="polite">
            {state.status === 'done' && <CheckIcon size={16} color="var(--mantine-color-teal-8)" />}
            <Text size="sm" c={state.status === 'done' ? 'teal.9' : 'dimmed'}>
              {state.status === 'done'
                ? t('library.upload.done')
                : t('library.upload.uploading', { percent })}
            </Text>
          </Group>
        </Stack>
      )}
      {state.status === 'failed' && (
        <ApiErrorAlert
          error={state.error}
          // Sending again helps when the connection failed, not when the file was refused.
          onRetry={
            RETRYABLE.has(apiErrorOf(state.error).code) ? () => void start(state.file) : undefined
          }
        />
      )}
    </Stack>
  );
}
