import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Box, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLocale } from '@web/i18n/format';
import { networkName } from '@web/networks/network-logic';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { PageHeader } from '@web/ui/page-header';
import { PageLoadError, PageSkeleton } from '@web/ui/query-state';
import { DocumentCard } from './document-card';
import type { DocumentCollection } from './library.operations';
import {
  DOCUMENT_COLLECTION,
  REMOVE_FROM_COLLECTION,
  REORDER_COLLECTION,
} from './library.operations';

/** A collection's documents in order; curators move them up and down, or take them out. */
export default function CollectionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery(DOCUMENT_COLLECTION, { variables: { id } });
  const collection = query.data?.documentCollection;

  if (query.error && !collection) {
    return (
      <PageLoadError
        title={t('library.collections.title')}
        error={query.error}
        onRetry={() => void query.refetch()}
        notFoundCode="COLLECTION_NOT_FOUND"
      >
        <Anchor component={Link} to="/library/collections" size="sm">
          {t('library.collections.back')}
        </Anchor>
      </PageLoadError>
    );
  }
  if (!collection) {
    return (
      <PageSkeleton>
        <Skeleton height={200} radius="md" />
      </PageSkeleton>
    );
  }
  return <CollectionView collection={collection} />;
}

function move<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

function CollectionView({ collection }: { collection: DocumentCollection }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const [reorder, reordering] = useMutation(REORDER_COLLECTION);
  const [remove, removing] = useMutation(REMOVE_FROM_COLLECTION);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const documents = collection.documents;
  const busy = reordering.loading || removing.loading;

  const moveDocument = async (index: number, to: number) => {
    setError(null);
    const order = move(documents, index, to);
    try {
      await reorder({
        variables: { collectionId: collection.id, documentIds: order.map((item) => item.id) },
        optimisticResponse: {
          reorderDocumentCollection: { ...collection, documents: order },
        },
      });
      setAnnouncement(
        t('library.collections.moved', { title: documents[index]?.title ?? '', position: to + 1 }),
      );
    } catch (caught) {
      setError(caught);
    }
  };
  const removeDocument = async (documentId: string) => {
    setError(null);
    try {
      await remove({ variables: { collectionId: collection.id, documentId } });
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <PageHeader title={collection.title} description={collection.description || undefined} />
      <Text size="sm" c="dimmed" mb="md">
        {collection.network
          ? t('library.collections.ofNetwork', { name: networkName(collection.network, language) })
          : t('library.collections.general')}
      </Text>
      {error !== null && <ApiErrorAlert error={error} />}
      <Text className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </Text>
      {documents.length === 0 ? (
        <Text c="dimmed">{t('library.collections.noDocuments')}</Text>
      ) : (
        <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {documents.map((document, index) => (
            <Group key={document.id} component="li" align="flex-start" gap="xs" wrap="nowrap">
              <Box style={{ flex: 1, minWidth: 0 }}>
                <DocumentCard document={document} component="div" />
              </Box>
              {collection.viewerCanCurate && (
                <Stack gap={4}>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    disabled={busy || index === 0}
                    onClick={() => void moveDocument(index, index - 1)}
                    aria-label={t('library.collections.moveUp', { title: document.title })}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    disabled={busy || index === documents.length - 1}
                    onClick={() => void moveDocument(index, index + 1)}
                    aria-label={t('library.collections.moveDown', { title: document.title })}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    color="red"
                    size="lg"
                    disabled={busy}
                    onClick={() => void removeDocument(document.id)}
                    aria-label={t('library.collections.remove', { title: document.title })}
                  >
                    ×
                  </ActionIcon>
                </Stack>
              )}
            </Group>
          ))}
        </Stack>
      )}
      <Anchor component={Link} to="/library/collections" size="sm" mt="md" display="inline-block">
        {t('library.collections.back')}
      </Anchor>
    </>
  );
}
