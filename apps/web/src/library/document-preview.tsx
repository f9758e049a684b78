import { Box, Button, Group, Image, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@web/ui/error-alert';
import type { DocumentVersion } from './library.operations';

/** What the browser can show by itself. */
const PREVIEWABLE: Record<string, string> = {
  PDF: 'application/pdf',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
};

/**
 * A look at the current file without downloading it: PDFs in the browser's viewer, images as
 * they are. The download link is an attachment, so the file is fetched and shown from memory
 * with its real type; only on request, to spare large files.
 */
export function DocumentPreview({
  version,
  downloadUrl,
  title,
}: {
  version: Pick<DocumentVersion, 'id' | 'fileType'>;
  downloadUrl: string;
  title: string;
}) {
  const { t } = useTranslation();
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const type = PREVIEWABLE[version.fileType];

  // A new version, or leaving the page, frees the file kept in memory.
  useEffect(() => {
    setObjectUrl(null);
  }, [version.id]);
  useEffect(
    () => () => {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    },
    [objectUrl],
  );

  if (!type) return null;

  const show = async () => {
    setLoading(true);
    setError(null);
    try {
      const response = await fetch(downloadUrl);
      if (!response.ok) throw new Error('SERVER_UNAVAILABLE');
      const bytes = await response.arrayBuffer();
      setObjectUrl(URL.createObjectURL(new Blob([bytes], { type })));
    } catch (caught) {
      setError(caught instanceof TypeError ? caught : { code: 'SERVER_UNAVAILABLE' });
    } finally {
      setLoading(false);
    }
  };

  if (!objectUrl) {
    return (
      <Group gap="sm">
        <Button variant="default" onClick={() => void show()} loading={loading}>
          {t('library.preview.show')}
        </Button>
        {error !== null && (
          <Box w="100%">
            <ApiErrorAlert error={error} onRetry={() => void show()} />
          </Box>
        )}
      </Group>
    );
  }
  if (version.fileType === 'PDF') {
    return (
      <Box>
        <iframe
          src={objectUrl}
          title={t('library.preview.frameTitle', { title })}
          style={{ width: '100%', height: '70vh', border: '1px solid var(--mantine-color-gray-4)' }}
        />
        <Text size="xs" c="dimmed" mt={4}>
          {t('library.preview.pdfHint')}
        </Text>
      </Box>
    );
  }
  return <Image src={objectUrl} alt={t('library.preview.imageAlt', { title })} radius="md" />;
}
