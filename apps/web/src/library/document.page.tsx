import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Flex,
  Group,
  Modal,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAdminRole } from '@web/admin/use-admin-role';
import { useLocale } from '@web/i18n/format';
import { networkName } from '@web/networks/network-logic';
import { organisationName } from '@web/organisations/organisation-name';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { notify } from '@web/ui/notify';
import { PageHeader } from '@web/ui/page-header';
import { PageLoadError, PageSkeleton } from '@web/ui/query-state';
import { notifyDeletedForStaff } from './deleted-notice';
import { DocumentCollections } from './document-collections';
import { DocumentPreview } from './document-preview';
import { DocumentSection as Section } from './document-section';
import { DocumentThumbnail, THUMBNAIL_FRAME, useShownThumbnail } from './document-thumbnail';
import { FileUpload } from './file-upload';
import { SimilarDocuments } from './similar-documents';
import type { DocumentDetail } from './library.operations';
import { ADD_DOCUMENT_VERSION, DELETE_DOCUMENT, DOCUMENT } from './library.operations';
import { fileSize, topicName } from './library-labels';

const GOOD_PRACTICE_FIELDS = [
  'problem',
  'approach',
  'results',
  'costsAndFunding',
  'lessonsLearnt',
  'contactPerson',
] as const;

/** The first page's box: half the PNG's largest size (320 × 480), so it stays sharp. */
const FIRST_PAGE = { width: 160, height: 240 };

/** One document: what it is, its good-practice account, a preview, its versions, collections. */
export default function DocumentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery(DOCUMENT, { variables: { id } });
  const document = query.data?.document;

  if (query.error && !document) {
    return (
      <PageLoadError
        title={t('library.title')}
        error={query.error}
        onRetry={() => void query.refetch()}
        notFoundCode="DOCUMENT_NOT_FOUND"
      >
        <Anchor component={Link} to="/library" size="sm">
          {t('library.backToLibrary')}
        </Anchor>
      </PageLoadError>
    );
  }
  if (!document) {
    return (
      <PageSkeleton>
        <Skeleton height={20} width="80%" radius="md" />
        <Skeleton height={240} radius="md" />
      </PageSkeleton>
    );
  }
  return <DocumentView document={document} />;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** The current version's first page (PDFs), linking to the download; nothing without one. */
function FirstPage({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const version = document.currentVersion;
  const [thumbnail, giveUpThumbnail] = useShownThumbnail(version.thumbnailUrl);
  if (!thumbnail) return null;
  return (
    <Box component="figure" m={0} style={{ flex: 'none' }}>
      <Anchor
        href={document.downloadUrl}
        download={version.filename}
        title={t('library.thumbnail.download')}
        display="block"
        style={THUMBNAIL_FRAME}
      >
        <DocumentThumbnail
          documentId={document.id}
          url={thumbnail}
          {...FIRST_PAGE}
          alt={t('library.thumbnail.alt', { title: document.title })}
          onGiveUp={giveUpThumbnail}
        />
      </Anchor>
      <Text component="figcaption" size="xs" c="dimmed" mt={4}>
        {t('library.thumbnail.caption')}
      </Text>
    </Box>
  );
}

function DocumentView({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const { language, formatDate, languageName } = useLocale();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { isStaff } = useAdminRole();
  const [addingVersion, setAddingVersion] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [remove, removing] = useMutation(DELETE_DOCUMENT);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const version = document.currentVersion;
  const followFresh = useFreshLink(document);

  const doDelete = async () => {
    setDeleteError(null);
    try {
      await remove({ variables: { id: document.id }, refetchQueries: ['Documents'] });
      // Staff can bring it back: they learn where it went and may undo.
      if (isStaff) void notifyDeletedForStaff(client, navigate, document);
      else notify({ color: 'teal', message: t('library.deleted') });
      void navigate('/library');
    } catch (caught) {
      setDeleteError(caught);
    }
  };

  const practice = document.goodPractice;
  return (
    <>
      <PageHeader title={document.title} description={document.summary || undefined} />
      <Group gap="xs" mb="lg" wrap="wrap">
        <Badge variant="light" color="teal" size="lg">
          {t(`library.kinds.${document.kind}`)}
        </Badge>
        <Badge variant="light" color="gray" size="lg">
          {t(`library.visibility.${document.visibility}`)}
        </Badge>
      </Group>
      <Group gap="xs" mb="lg" wrap="wrap">
        <Button
          component="a"
          href={document.downloadUrl}
          download={version.filename}
          onClick={followFresh((fresh) => fresh.downloadUrl)}
        >
          {t('library.download', {
            type: version.fileType,
            size: fileSize(version.size, language),
          })}
        </Button>
        {document.viewerCanEdit && (
          <>
            <Button
              variant="default"
              component={Link}
              to={`/library/documents/${document.id}/edit`}
            >
              {t('library.edit')}
            </Button>
            <Button variant="default" onClick={() => setAddingVersion(true)}>
              {t('library.versions.add')}
            </Button>
            <Button variant="default" color="red" onClick={() => setConfirmDelete(true)}>
              {t('library.delete')}
            </Button>
          </>
        )}
      </Group>

      <Stack gap="lg">
        <Section id="document-facts" title={t('library.sections.facts')}>
          <Flex direction={{ base: 'column', xs: 'row' }} gap="lg" align="flex-start">
            <FirstPage document={document} />
            <SimpleGrid
              component="dl"
              cols={{ base: 1, xs: 2, md: 3 }}
              spacing="md"
              m={0}
              style={{ flex: 1, minWidth: 0, width: '100%' }}
            >
              {document.organisation && (
                <Fact label={t('library.fields.organisation')}>
                  {organisationName(document.organisation, language)}
                </Fact>
              )}
              {document.networks.length > 0 && (
                <Fact label={t('library.fields.networks')}>
                  {document.networks.map((network, index) => (
                    <span key={network.id}>
                      {index > 0 && ', '}
                      <Anchor
                        component={Link}
                        to={`/networks/${network.slug}?tab=library`}
                        size="sm"
                      >
                        {networkName(network, language)}
                      </Anchor>
                    </span>
                  ))}
                </Fact>
              )}
              {document.year && <Fact label={t('library.fields.year')}>{document.year}</Fact>}
              {document.topics.length > 0 && (
                <Fact label={t('library.fields.topics')}>
                  {document.topics.map((topic) => topicName(topic, language)).join(', ')}
                </Fact>
              )}
              {document.languages.length > 0 && (
                <Fact label={t('library.fields.languages')}>
                  {document.languages.map(languageName).join(', ')}
                </Fact>
              )}
              {document.tags.length > 0 && (
                <Fact label={t('library.fields.tags')}>{document.tags.join(', ')}</Fact>
              )}
              {document.authorName && (
                <Fact label={t('library.fields.authorName')}>{document.authorName}</Fact>
              )}
              {document.contact && (
                <Fact label={t('library.fields.contact')}>{document.contact}</Fact>
              )}
              {document.licence && (
                <Fact label={t('library.fields.licence')}>{document.licence}</Fact>
              )}
              <Fact label={t('library.fields.addedBy')}>
                {t('library.addedBy', {
                  name: document.createdBy.displayName,
                  date: formatDate(document.createdAt),
                })}
              </Fact>
            </SimpleGrid>
          </Flex>
        </Section>

        {practice && (
          <Section id="document-practice" title={t('library.goodPractice.title')}>
            <Stack gap="md">
              {GOOD_PRACTICE_FIELDS.filter((field) => practice[field].trim()).map((field) => (
                <div key={field}>
                  <Title order={3} size="h5" mb={4}>
                    {t(`library.goodPractice.${field}`)}
                  </Title>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {practice[field]}
                  </Text>
                </div>
              ))}
            </Stack>
          </Section>
        )}

        {['PDF', 'PNG', 'JPEG'].includes(version.fileType) && (
          <Section id="document-preview" title={t('library.preview.title')}>
            <DocumentPreview
              version={version}
              downloadUrl={document.downloadUrl}
              title={document.title}
            />
          </Section>
        )}

        <Section id="document-versions" title={t('library.versions.title')}>
          <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {document.versions.map((item) => (
              <Card key={item.id} component="li" withBorder radius="sm" padding="sm">
                <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                  <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {t('library.versions.number', { number: item.number })} · {item.filename}
                      {item.id === version.id && (
                        <Badge ml="xs" size="sm" variant="light" color="teal">
                          {t('library.versions.current')}
                        </Badge>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('library.versions.by', {
                        name: item.uploadedBy.displayName,
                        date: formatDate(item.createdAt),
                      })}
                      {' · '}
                      {fileSize(item.size, language)}
                      {item.pages ? ` · ${t('library.versions.pages', { count: item.pages })}` : ''}
                    </Text>
                    {item.note && (
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {item.note}
                      </Text>
                    )}
                  </Stack>
                  <Anchor
                    href={item.downloadUrl}
                    download={item.filename}
                    onClick={followFresh(
                      (fresh) => fresh.versions.find((other) => other.id === item.id)?.downloadUrl,
                    )}
                    size="sm"
                    aria-label={t('library.versions.download', { number: item.number })}
                  >
                    {t('library.versions.downloadShort')}
                  </Anchor>
                </Group>
              </Card>
            ))}
          </Stack>
        </Section>

        <Section id="document-collections" title={t('library.collections.title')}>
          <DocumentCollections
            documentId={document.id}
            networkIds={document.networks.map((network) => network.id)}
          />
        </Section>

        <SimilarDocuments documentId={document.id} />

        <Anchor component={Link} to="/library" size="sm">
          {t('library.backToLibrary')}
        </Anchor>
      </Stack>

      <AddVersionModal
        documentId={document.id}
        opened={addingVersion}
        onClose={() => setAddingVersion(false)}
      />
      <Modal
        opened={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        title={t('library.deleteTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('library.deleteText', { title: document.title })}</Text>
          {deleteError !== null && <ApiErrorAlert error={deleteError} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirmDelete(false)} data-autofocus>
              {t('library.cancel')}
            </Button>
            <Button color="red" loading={removing.loading} onClick={() => void doDelete()}>
              {t('library.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function AddVersionModal({
  documentId,
  opened,
  onClose,
}: {
  documentId: string;
  opened: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [addVersion, adding] = useMutation(ADD_DOCUMENT_VERSION);

  const close = () => {
    setUploadId(null);
    setNote('');
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!uploadId) return;
    setError(null);
    try {
      await addVersion({ variables: { documentId, uploadId, note: note.trim() || null } });
      notify({ color: 'teal', message: t('library.versions.added') });
      close();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('library.versions.add')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && (
        <Stack gap="md">
          <FileUpload onUploaded={(id) => setUploadId(id)} onCleared={() => setUploadId(null)} />
          <TextInput
            label={t('library.fields.note')}
            description={t('library.form.noteHint')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {error !== null && <ApiErrorAlert error={error} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('library.cancel')}
            </Button>
            <Button onClick={() => void submit()} loading={adding.loading} disabled={!uploadId}>
              {t('library.versions.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** Download links are presigned for five minutes; a link older than this is asked for again. */
const LINK_FRESH_MS = 4 * 60_000;

/**
 * A click handler for a presigned link: on a page open for minutes, it fetches the document's
 * links anew and follows the fresh one instead of the expired one.
 */
function useFreshLink(document: DocumentDetail) {
  const client = useApolloClient();
  // When the links on the page arrived: a refetch brings new ones, signed anew.
  const linkedAt = useMemo(() => (document.downloadUrl ? Date.now() : 0), [document.downloadUrl]);
  return (pick: (fresh: DocumentDetail) => string | undefined) =>
    (event: MouseEvent<HTMLAnchorElement>) => {
      if (Date.now() - linkedAt < LINK_FRESH_MS) return;
      event.preventDefault();
      void client
        .query({ query: DOCUMENT, variables: { id: document.id }, fetchPolicy: 'network-only' })
        .then(({ data }) => {
          const url = data && pick(data.document);
          if (url) window.location.assign(url);
        });
    };
}
