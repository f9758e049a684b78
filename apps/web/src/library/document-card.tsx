import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '@web/i18n/format';
import { networkName } from '@web/networks/network-logic';
import { organisationName } from '@web/organisations/organisation-name';
import { DocumentThumbnail, THUMBNAIL_FRAME, useShownThumbnail } from './document-thumbnail';
import type { DocumentSummary } from './library.operations';
import { fileSize } from './library-labels';

/** A thumbnail's box in a card: 2 : 3, as the first page's PNG (at most 320 × 480). */
const THUMBNAIL = { width: 64, height: 96 };

/**
 * One document in a list: title, kind, summary, where it is from, and its file; with the first
 * page of its file beside them where the list asked for it (`currentVersion.thumbnailUrl`) and
 * there is one.
 */
export function DocumentCard({
  document,
  component = 'li',
}: {
  document: DocumentSummary;
  /** `li` in a list; `div` where the caller provides the list item. */
  component?: 'li' | 'div';
}) {
  const { t } = useTranslation();
  const { language, formatDate } = useLocale();
  const facts = [
    document.organisation ? organisationName(document.organisation, language) : null,
    document.year ? String(document.year) : null,
    document.networks.map((network) => networkName(network, language)).join(', ') || null,
  ].filter((fact): fact is string => Boolean(fact));
  const [thumbnail, giveUpThumbnail] = useShownThumbnail(document.currentVersion.thumbnailUrl);
  const path = `/library/documents/${document.id}`;

  return (
    <Card withBorder radius="md" padding="md" component={component}>
      <Group align="flex-start" gap="md" wrap="nowrap">
        {thumbnail && (
          // A second way in for the pointer only: the title beside it is the link for everyone.
          <Link
            to={path}
            tabIndex={-1}
            aria-hidden="true"
            style={{ ...THUMBNAIL_FRAME, flex: 'none' }}
          >
            <DocumentThumbnail
              documentId={document.id}
              url={thumbnail}
              {...THUMBNAIL}
              alt=""
              onGiveUp={giveUpThumbnail}
            />
          </Link>
        )}
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
            <Anchor
              component={Link}
              to={path}
              fw={600}
              size="lg"
              // Rather than squeeze the title below 10rem, the badge goes under it.
              style={{ overflowWrap: 'anywhere', flex: '1 1 10rem', minWidth: 0 }}
            >
              {document.title}
            </Anchor>
            <Badge variant="light" color="teal">
              {t(`library.kinds.${document.kind}`)}
            </Badge>
          </Group>
          {document.summary && (
            <Text size="sm" lineClamp={3}>
              {document.summary}
            </Text>
          )}
          {facts.length > 0 && (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {facts.join(' · ')}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('library.fileFacts', {
              type: document.currentVersion.fileType,
              size: fileSize(document.currentVersion.size, language),
            })}
            {' · '}
            <time dateTime={document.updatedAt}>
              {t('library.updated', { date: formatDate(document.updatedAt) })}
            </time>
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}
