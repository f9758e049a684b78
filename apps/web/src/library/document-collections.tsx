import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { notify } from '@web/ui/notify';
import type { DocumentCollection } from './library.operations';
import { ADD_TO_COLLECTION, DOCUMENT_COLLECTIONS } from './library.operations';

/** Loads one network's collections (or those of no network) and hands them up. */
function CollectionScope({
  networkId,
  onLoaded,
}: {
  networkId: string | null;
  onLoaded(key: string, collections: DocumentCollection[] | Error): void;
}) {
  const { data, error } = useQuery(DOCUMENT_COLLECTIONS, { variables: { networkId } });
  const key = networkId ?? '';
  useEffect(() => {
    if (data) onLoaded(key, data.documentCollections);
    else if (error) onLoaded(key, error);
  }, [data, error, key, onLoaded]);
  return null;
}

/**
 * The collections a document belongs to (those of its networks and those of no network), and
 * for curators a way to add it to another one.
 */
export function DocumentCollections({
  documentId,
  networkIds,
}: {
  documentId: string;
  networkIds: string[];
}) {
  const { t } = useTranslation();
  const [scopes, setScopes] = useState<Map<string, DocumentCollection[] | Error>>(new Map());
  const [chosen, setChosen] = useState<string | null>(null);
  const [add, adding] = useMutation(ADD_TO_COLLECTION);
  const [error, setError] = useState<unknown>(null);

  const onLoaded = useCallback((key: string, value: DocumentCollection[] | Error) => {
    setScopes((current) => new Map(current).set(key, value));
  }, []);

  const collections = useMemo(
    () => [...scopes.values()].flatMap((value) => (value instanceof Error ? [] : value)),
    [scopes],
  );
  const failed = [...scopes.values()].find((value) => value instanceof Error);
  const containing = collections.filter((collection) =>
    collection.documents.some((document) => document.id === documentId),
  );
  const addable = collections.filter(
    (collection) =>
      collection.viewerCanCurate &&
      !collection.documents.some((document) => document.id === documentId),
  );
  const loaded = scopes.size >= networkIds.length + 1;

  const addToCollection = async () => {
    if (!chosen) return;
    setError(null);
    try {
      await add({ variables: { collectionId: chosen, documentId } });
      setChosen(null);
      notify({ color: 'teal', message: t('library.collections.added') });
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Stack gap="sm">
      {[null, ...networkIds].map((networkId) => (
        <CollectionScope key={networkId ?? ''} networkId={networkId} onLoaded={onLoaded} />
      ))}
      {failed && <ApiErrorAlert error={failed} />}
      {!loaded ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : containing.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('library.collections.none')}
        </Text>
      ) : (
        <Stack component="ul" gap={4} style={{ paddingLeft: '1.2em', margin: 0 }}>
          {containing.map((collection) => (
            <li key={collection.id}>
              <Anchor component={Link} to={`/library/collections/${collection.id}`}>
                {collection.title}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
      {addable.length > 0 && (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Select
            label={t('library.collections.addTo')}
            data={addable.map((collection) => ({ value: collection.id, label: collection.title }))}
            value={chosen}
            onChange={setChosen}
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button
            variant="default"
            onClick={() => void addToCollection()}
            loading={adding.loading}
            disabled={!chosen}
          >
            {t('library.collections.add')}
          </Button>
        </Group>
      )}
      {error !== null && <ApiErrorAlert error={error} />}
    </Stack>
  );
}
