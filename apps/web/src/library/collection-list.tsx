import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { all, maxLength, required } from '@web/ui/form';
import { CREATE_COLLECTION, DOCUMENT_COLLECTIONS } from './library.operations';

/** A network's collections, or the general ones (of no network). */
export function CollectionList({ networkId }: { networkId: string | null }) {
  const { t } = useTranslation();
  const query = useQuery(DOCUMENT_COLLECTIONS, { variables: { networkId } });
  const collections = query.data?.documentCollections;
  if (query.error && !collections) {
    return <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!collections) {
    return (
      <Stack gap="sm" aria-busy="true">
        <Text className="visually-hidden" role="status">
          {t('common.loading')}
        </Text>
        <Skeleton height={70} radius="md" />
      </Stack>
    );
  }
  if (collections.length === 0) {
    return <Text c="dimmed">{t('library.collections.empty')}</Text>;
  }
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {collections.map((collection) => (
        <Card key={collection.id} component="li" withBorder radius="md" padding="md">
          <Anchor
            component={Link}
            to={`/library/collections/${collection.id}`}
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
          >
            {collection.title}
          </Anchor>
          {collection.description && (
            <Text size="sm" lineClamp={2}>
              {collection.description}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('library.collections.count', { count: collection.documents.length })}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}

/** Creates a collection in a network (coordinators, staff) or of no network (staff). */
export function CreateCollectionButton({ networkId }: { networkId: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [create, creating] = useMutation(CREATE_COLLECTION);
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { title: '', description: '' },
    validate: { title: all(required, maxLength(1000)), description: maxLength(10_000) },
  });
  const close = () => {
    form.reset();
    setError(null);
    setOpened(false);
  };
  const submit = async (values: { title: string; description: string }) => {
    setError(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            networkId,
            title: values.title.trim(),
            description: values.description.trim() || null,
          },
        },
        refetchQueries: ['DocumentCollections'],
      });
      close();
      if (data) void navigate(`/library/collections/${data.createDocumentCollection.id}`);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('library.collections.create')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('library.collections.create')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('library.collections.name')}
              required
              data-autofocus
              {...form.getInputProps('title')}
            />
            <Textarea
              label={t('library.collections.description')}
              autosize
              minRows={2}
              {...form.getInputProps('description')}
            />
            {error !== null && <ApiErrorAlert error={error} />}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={close}>
                {t('library.cancel')}
              </Button>
              <Button type="submit" loading={creating.loading}>
                {t('library.collections.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
