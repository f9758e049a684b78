import type { ApolloClient } from '@apollo/client';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NavigateFunction } from 'react-router';
import { i18next } from '@web/i18n/i18n';
import { useLocale } from '@web/i18n/format';
import { useErrorMessage } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { dismiss, notify } from '@web/ui/notify';
import { DELETED_DOCUMENTS, RESTORE_DOCUMENT } from './library.operations';

const DELETED_DOCUMENTS_PATH = '/admin/deleted-documents';

interface DeletedNoticeProps {
  title: string;
  /** When its files are purged; unknown if the list could not be read. */
  purgeAfter?: string;
  onUndo(): Promise<void>;
  onOpenList(): void;
}

/** What a staff member reads after deleting a document: where it went, until when, "Undo". */
function DeletedNotice({ title, purgeAfter, onUndo, onOpenList }: DeletedNoticeProps) {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  const message = useErrorMessage();
  const [undoing, setUndoing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const undo = async () => {
    setUndoing(true);
    setFailure(null);
    try {
      await onUndo();
    } catch (caught) {
      setFailure(caught);
      setUndoing(false);
    }
  };
  // A link, so that it opens in a new tab as well; a plain click stays in the app.
  const openList = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    onOpenList();
  };

  return (
    <Stack gap="xs">
      <Text size="sm">
        {purgeAfter
          ? t('library.deletedForStaff', { title, date: formatDate(purgeAfter) })
          : t('library.deletedForStaffUndated', { title })}
      </Text>
      {failure !== null && (
        <Text size="sm" c="red.8">
          {message(apiErrorOf(failure))}
        </Text>
      )}
      <Group gap="sm" wrap="wrap">
        <Button size="xs" variant="outline" loading={undoing} onClick={() => void undo()}>
          {t('library.undoDelete')}
        </Button>
        <Anchor href={DELETED_DOCUMENTS_PATH} size="sm" onClick={openList}>
          {t('library.openDeleted')}
        </Anchor>
      </Group>
    </Stack>
  );
}

/**
 * Tells a staff member who deleted a document that it waits among the deleted documents until
 * its files are purged, and offers to undo. The notice stays until closed: it has controls.
 */
export async function notifyDeletedForStaff(
  client: ApolloClient,
  navigate: NavigateFunction,
  document: { id: string; title: string },
): Promise<void> {
  let purgeAfter: string | undefined;
  try {
    // The newest deletion comes first: this one, unless others deleted a few at the same time.
    const { data } = await client.query({
      query: DELETED_DOCUMENTS,
      variables: { first: 10 },
      fetchPolicy: 'no-cache',
    });
    purgeAfter = data?.deletedDocuments.nodes.find((node) => node.id === document.id)?.purgeAfter;
  } catch {
    // Said without the date.
  }
  const id = `document-deleted-${document.id}`;
  const undo = async () => {
    await client.mutate({
      mutation: RESTORE_DOCUMENT,
      variables: { id: document.id },
      refetchQueries: ['Documents'],
    });
    dismiss(id);
    notify({ color: 'teal', message: i18next.t('library.restored') });
    await navigate(`/library/documents/${document.id}`);
  };
  notify({
    id,
    color: 'teal',
    autoClose: false,
    message: (
      <DeletedNotice
        title={document.title}
        purgeAfter={purgeAfter}
        onUndo={undo}
        onOpenList={() => {
          dismiss(id);
          void navigate(DELETED_DOCUMENTS_PATH);
        }}
      />
    ),
  });
}
