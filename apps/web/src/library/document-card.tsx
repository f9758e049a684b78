import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '@web/i18n/format';
import { networkName } from '@web/networks/network-logic';
import { organisationName } from '@web/organisations/organisation-name';
import type { DocumentSummary } from './library.operations';
import { fileSize } from './library-labels';

/** One document in a list: title, kind, summary, where it is from, and its file. */
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

  return (
    <Card withBorder radius="md" padding="md" component={component}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Anchor
            component={Link}
            to={`/library/documents/${document.id}`}
            fw={600}
            size="lg"
            style={{ overflowWrap: 'anywhere', flex: 1, minWidth: 0 }}
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
    </Card>
  );
}
