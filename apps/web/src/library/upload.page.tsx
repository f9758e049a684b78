import { useMutation } from '@apollo/client/react';
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCurrentUser } from '@web/auth/current-user';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { notify } from '@web/ui/notify';
import { PageHeader } from '@web/ui/page-header';
import type { DocumentFormValues } from './document-form';
import { DocumentForm, emptyDocumentValues, metadataInput } from './document-form';
import { FileUpload } from './file-upload';
import { CREATE_DOCUMENT } from './library.operations';

/**
 * A new document: the file goes to storage first (with a progress bar), the metadata is filled
 * in meanwhile, and "Add to the library" creates the document from both. `?network=<id>` (from a
 * network's library tab) places it in that network.
 */
export default function UploadPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const network = params.get('network');
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [create, creating] = useMutation(CREATE_DOCUMENT);
  const [initialValues] = useState(() =>
    emptyDocumentValues(user.organisationId, network ? [network] : []),
  );

  const submit = async (values: DocumentFormValues) => {
    if (!uploadId) return;
    setError(null);
    try {
      const { data } = await create({
        variables: {
          input: { ...metadataInput(values), uploadId, note: values.note.trim() || null },
        },
        refetchQueries: ['Documents'],
      });
      if (!data) return;
      notify({ color: 'teal', message: t('library.created') });
      void navigate(`/library/documents/${data.createDocument.id}`);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <PageHeader title={t('library.upload.title')} description={t('library.upload.intro')} />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="upload-file">
          <Title order={2} size="h4" id="upload-file" mb="sm">
            {t('library.upload.fileStep')}
          </Title>
          <FileUpload onUploaded={(id) => setUploadId(id)} onCleared={() => setUploadId(null)} />
        </Card>
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="upload-meta">
          <Title order={2} size="h4" id="upload-meta" mb="sm">
            {t('library.upload.metadataStep')}
          </Title>
          <DocumentForm
            initialValues={initialValues}
            submitLabel={t('library.upload.create')}
            onSubmit={(values) => void submit(values)}
            busy={creating.loading}
            submitDisabled={!uploadId}
            withNote
            onCancel={() => void navigate('/library')}
            footer={
              <>
                {!uploadId && (
                  <Text size="sm" c="dimmed">
                    {t('library.upload.waitForFile')}
                  </Text>
                )}
                {error !== null && <ApiErrorAlert error={error} />}
              </>
            }
          />
        </Card>
        <Anchor component={Link} to="/library" size="sm">
          {t('library.backToLibrary')}
        </Anchor>
      </Stack>
    </>
  );
}
