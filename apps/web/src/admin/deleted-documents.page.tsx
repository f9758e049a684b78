import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '@web/i18n/format';
import type { DeletedDocument } from '@web/library/library.operations';
import { DELETED_DOCUMENTS, RESTORE_DOCUMENT } from '@web/library/library.operations';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { PageHeader } from '@web/ui/page-header';
import { AdminRow } from './admin-row';
import { ADMIN_PAGE_SIZE, PagedList, usePagedQuery } from './paged-list';

/**
 * Documents deleted from the library, the most recently deleted first, each until its files are
 * purged for good: staff restore one as it was, then open it.
 */
export default function DeletedDocumentsPage() {
  const { t } = useTranslation();
  const { formatDate, formatRelative } = useLocale();
  const list = usePagedQuery(
    DELETED_DOCUMENTS,
    { first: ADMIN_PAGE_SIZE },
    (data) => data.deletedDocuments,
  );
  const [confirming, setConfirming] = useState<DeletedDocument | null>(null);
  const [restored, setRestored] = useState<DeletedDocument | null>(null);
  const [restore, restoring] = useMutation(RESTORE_DOCUMENT);
  const gone = restoring.error && apiErrorOf(restoring.error).rawCode === 'DOCUMENT_NOT_FOUND';

  const ask = (document: DeletedDocument) => {
    restoring.reset();
    setConfirming(document);
  };

  const confirmRestore = async () => {
    if (!confirming) return;
    try {
      await restore({ variables: { id: confirming.id } });
      setRestored(confirming);
      setConfirming(null);
      list.refetch();
    } catch (failure) {
      // Shown in the dialog; a document restored or purged meanwhile leaves the list.
      if (apiErrorOf(failure).rawCode === 'DOCUMENT_NOT_FOUND') list.refetch();
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('admin.deletedDocuments.title')}
        description={t('admin.deletedDocuments.intro')}
      />
      {restored && (
        <Alert
          color="green"
          role="status"
          title={t('admin.deletedDocuments.restored', { title: restored.title })}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setRestored(null)}
        >
          <Anchor component={Link} to={`/library/documents/${restored.id}`} size="sm">
            {t('admin.deletedDocuments.open', { title: restored.title })}
          </Anchor>
        </Alert>
      )}
      <PagedList
        list={list}
        label={t('admin.deletedDocuments.title')}
        empty={t('admin.deletedDocuments.empty')}
        renderItem={(document) => (
          <AdminRow
            key={document.id}
            title={document.title}
            badges={
              <Badge variant="light" color="gray">
                {t(`library.kinds.${document.kind}`)}
              </Badge>
            }
            details={
              <>
                {t('admin.deletedDocuments.deleted', {
                  when: formatRelative(document.deletedAt),
                  name: document.deletedBy.displayName,
                })}
                <br />
                {t('admin.deletedDocuments.until', { date: formatDate(document.purgeAfter) })}
              </>
            }
            actions={
              <Button
                size="xs"
                variant="outline"
                onClick={() => ask(document)}
                aria-label={t('admin.deletedDocuments.restoreNamed', { title: document.title })}
              >
                {t('admin.deletedDocuments.restore')}
              </Button>
            }
          />
        )}
      />
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('admin.deletedDocuments.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">
            {t('admin.deletedDocuments.confirmText', { title: confirming?.title ?? '' })}
          </Text>
          {restoring.error && (
            <ApiErrorAlert error={restoring.error}>
              {gone && <Text size="sm">{t('admin.deletedDocuments.gone')}</Text>}
            </ApiErrorAlert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(null)} data-autofocus>
              {t('admin.cancel')}
            </Button>
            <Button
              loading={restoring.loading}
              disabled={Boolean(gone)}
              onClick={() => void confirmRestore()}
            >
              {t('admin.deletedDocuments.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
