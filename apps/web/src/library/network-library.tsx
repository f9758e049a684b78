import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CollectionList, CreateCollectionButton } from './collection-list';
import { DocumentList } from './document-list';

/** A network's library tab: its documents, newest first, and its collections. */
export function NetworkLibrary({
  networkId,
  canAdd,
  canCurate,
}: {
  networkId: string;
  /** Members add documents to their networks (not to an archived one). */
  canAdd: boolean;
  /** Coordinators of the network, staff and administrators curate its collections. */
  canCurate: boolean;
}) {
  const { t } = useTranslation();
  const filter = useMemo(() => ({ networkId }), [networkId]);
  return (
    <Stack gap="xl">
      <Stack gap="md">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h3">
            {t('library.networkTab.documents')}
          </Title>
          {canAdd && (
            <Button component={Link} to={`/library/new?network=${networkId}`}>
              {t('library.add')}
            </Button>
          )}
        </Group>
        <DocumentList
          filter={filter}
          empty={<Text c="dimmed">{t('library.networkTab.empty')}</Text>}
        />
      </Stack>
      <Stack gap="md">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h3">
            {t('library.collections.title')}
          </Title>
          {canCurate && <CreateCollectionButton networkId={networkId} />}
        </Group>
        <CollectionList networkId={networkId} />
      </Stack>
    </Stack>
  );
}
