import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '@web/i18n/format';
import { SIMILAR_DOCUMENTS } from '@web/search/search.operations';
import { DocumentSection } from './document-section';
import { isDocumentKind } from './library.operations';

/** How many similar documents the page names. */
const SIMILAR_COUNT = 5;

/**
 * Documents like this one that the viewer may read, each linking to its page. Asked apart from
 * the document, once its page shows, so that it never holds the page up; nothing is shown while
 * it loads, when it fails, or when there are none.
 */
export function SimilarDocuments({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  const { data } = useQuery(SIMILAR_DOCUMENTS, {
    variables: { documentId, first: SIMILAR_COUNT },
  });
  const documents = data?.similarDocuments ?? [];
  if (documents.length === 0) return null;

  return (
    <DocumentSection id="document-similar" title={t('library.sections.similar')}>
      <Stack component="ul" gap="xs" style={{ paddingLeft: '1.2em', margin: 0 }}>
        {documents.map((document) => {
          const details = [
            document.kind && isDocumentKind(document.kind)
              ? t(`library.kinds.${document.kind}`)
              : null,
            document.date ? formatDate(document.date) : null,
          ]
            .filter(Boolean)
            .join(' · ');
          return (
            <li key={document.id}>
              <Anchor
                component={Link}
                to={`/library/documents/${document.id}`}
                style={{ overflowWrap: 'anywhere' }}
              >
                {document.title}
              </Anchor>
              {details && (
                <Text size="xs" c="dimmed">
                  {details}
                </Text>
              )}
            </li>
          );
        })}
      </Stack>
    </DocumentSection>
  );
}
