import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Card, Skeleton, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { notify } from '@web/ui/notify';
import { PageHeader } from '@web/ui/page-header';
import { PageLoadError, PageSkeleton } from '@web/ui/query-state';
import type { DocumentFormValues } from './document-form';
import { DocumentForm, documentValues, metadataInput } from './document-form';
import { DOCUMENT, UPDATE_DOCUMENT } from './library.operations';

/** The metadata of a document, for its author, its networks' coordinators, staff. */
export default function DocumentEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useQuery(DOCUMENT, { variables: { id } });
  const [update, updating] = useMutation(UPDATE_DOCUMENT);
  const [error, setError] = useState<unknown>(null);
  const document = query.data?.document;
  const back = `/library/documents/${id}`;

  const submit = async (values: DocumentFormValues) => {
    setError(null);
    try {
      await update({ variables: { id, input: metadataInput(values) } });
      notify({ color: 'teal', message: t('library.saved') });
      void navigate(back);
    } catch (caught) {
      setError(caught);
    }
  };

  if (query.error && !document) {
    return (
      <PageLoadError
        title={t('library.editTitle')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (!document) {
    return (
      <PageSkeleton>
        <Skeleton height={400} radius="md" />
      </PageSkeleton>
    );
  }
  return (
    <>
      <PageHeader title={t('library.editTitle')} description={document.title} />
      {!document.viewerCanEdit ? (
        <Text c="dimmed">{t('library.cannotEdit')}</Text>
      ) : (
        <Card withBorder radius="md" padding="md">
          <DocumentForm
            initialValues={documentValues(document)}
            submitLabel={t('common.save')}
            onSubmit={(values) => void submit(values)}
            busy={updating.loading}
            onCancel={() => void navigate(back)}
            footer={error !== null ? <ApiErrorAlert error={error} /> : undefined}
          />
        </Card>
      )}
      <Anchor component={Link} to={back} size="sm" mt="md" display="inline-block">
        {t('library.backToDocument')}
      </Anchor>
    </>
  );
}
