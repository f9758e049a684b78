import { Button, Card, EmptyState, Group, Select, SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useLocale } from '@web/i18n/format';
import { networkName } from '@web/networks/network-logic';
import { OrganisationSelect } from '@web/organisations/organisation-select';
import { PageHeader } from '@web/ui/page-header';
import { DocumentList } from './document-list';
import type { DocumentFilter, DocumentKind } from './library.operations';
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES } from './library.operations';
import { documentYears, topicName, useLibraryNetworks, useLibraryTopics } from './library-labels';

/** The filters, as they live in the address: `?kind=GUIDELINE&year=2024`. */
type FilterParam = 'kind' | 'network' | 'organisation' | 'topic' | 'year' | 'language';

function filterOf(params: URLSearchParams): DocumentFilter {
  const kind = params.get('kind');
  const year = Number(params.get('year'));
  return {
    ...(kind && (DOCUMENT_KINDS as readonly string[]).includes(kind)
      ? { kind: kind as DocumentKind }
      : {}),
    ...(params.get('network') ? { networkId: params.get('network') as string } : {}),
    ...(params.get('organisation') ? { organisationId: params.get('organisation') as string } : {}),
    ...(params.get('topic') ? { topicId: params.get('topic') as string } : {}),
    ...(Number.isInteger(year) && year > 0 ? { year } : {}),
    ...(params.get('language') ? { language: params.get('language') as string } : {}),
  };
}

/**
 * The library: documents the viewer may read, filtered by kind, network, organisation, topic,
 * year and language (kept in the address), newest change first, a page at a time.
 */
export default function LibraryPage() {
  const { t } = useTranslation();
  const { language, languageName } = useLocale();
  const [params, setParams] = useSearchParams();
  const networks = useLibraryNetworks();
  const { topics } = useLibraryTopics();
  const filter = useMemo(() => filterOf(params), [params]);
  const filtered = Object.keys(filter).length > 0;

  const setFilter = (name: FilterParam, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const clear = () => setParams(new URLSearchParams(), { replace: true });

  return (
    <>
      <PageHeader title={t('library.title')} description={t('library.intro')} />
      <Group gap="xs" mb="md">
        <Button component={Link} to="/library/new">
          {t('library.add')}
        </Button>
        <Button component={Link} to="/library/collections" variant="default">
          {t('library.collections.title')}
        </Button>
      </Group>
      <Card withBorder radius="md" padding="md" mb="lg" component="search">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <Select
            label={t('library.fields.kind')}
            placeholder={t('library.filters.any')}
            clearable
            data={DOCUMENT_KINDS.map((kind) => ({
              value: kind,
              label: t(`library.kinds.${kind}`),
            }))}
            value={filter.kind ?? null}
            onChange={(value) => setFilter('kind', value)}
          />
          <Select
            label={t('library.fields.network')}
            placeholder={t('library.filters.any')}
            clearable
            searchable
            data={networks.all.map((network) => ({
              value: network.id,
              label: networkName(network, language),
            }))}
            value={filter.networkId ?? null}
            onChange={(value) => setFilter('network', value)}
          />
          <OrganisationSelect
            label={t('library.fields.organisation')}
            placeholder={t('library.filters.any')}
            clearable
            value={filter.organisationId ?? null}
            onChange={(value) => setFilter('organisation', value)}
          />
          <Select
            label={t('library.fields.topic')}
            placeholder={t('library.filters.any')}
            clearable
            searchable
            data={topics.map((topic) => ({ value: topic.id, label: topicName(topic, language) }))}
            value={filter.topicId ?? null}
            onChange={(value) => setFilter('topic', value)}
          />
          <Select
            label={t('library.fields.year')}
            placeholder={t('library.filters.any')}
            clearable
            searchable
            data={documentYears().map(String)}
            value={filter.year ? String(filter.year) : null}
            onChange={(value) => setFilter('year', value)}
          />
          <Select
            label={t('library.fields.language')}
            placeholder={t('library.filters.any')}
            clearable
            data={DOCUMENT_LANGUAGES.map((code) => ({ value: code, label: languageName(code) }))}
            value={filter.language ?? null}
            onChange={(value) => setFilter('language', value)}
          />
        </SimpleGrid>
        {filtered && (
          <Group mt="sm">
            <Button variant="subtle" size="compact-sm" onClick={clear}>
              {t('library.filters.clear')}
            </Button>
          </Group>
        )}
      </Card>
      <DocumentList
        filter={filter}
        empty={
          <EmptyState
            withIndicatorBackground
            title={filtered ? t('library.emptyFiltered') : t('library.empty')}
            py="xl"
          >
            {filtered && (
              <EmptyState.Actions>
                <Button variant="default" onClick={clear}>
                  {t('library.filters.clear')}
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        }
      />
    </>
  );
}
