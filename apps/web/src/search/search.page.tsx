import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Checkbox,
  EmptyState,
  Grid,
  Group,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import type { FormEvent, ReactNode } from 'react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { OrganisationLabel } from '@web/admin/organisation-label';
import { useLocale } from '@web/i18n/format';
import { networkName } from '@web/networks/network-logic';
import { useLibraryNetworks } from '@web/library/library-labels';
import { isDocumentKind } from '@web/library/library.operations';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { SearchIcon } from '@web/ui/icons';
import { PageHeader } from '@web/ui/page-header';
import { formatCount, totalText } from './search-count';
import { SearchSnippet } from './search-snippet';
import type {
  FacetCount,
  SearchFacets,
  SearchFilter,
  SearchHit,
  SearchHitType,
} from './search.operations';
import { hitPath, SEARCH, SEARCH_HIT_TYPES } from './search.operations';

const PAGE_SIZE = 20;

/** Each facet: its address parameter and the filter field it sets. */
const FACETS = [
  { param: 'type', facet: 'types' },
  { param: 'network', facet: 'networkIds' },
  { param: 'organisation', facet: 'organisationIds' },
  { param: 'kind', facet: 'kinds' },
  { param: 'year', facet: 'years' },
  { param: 'language', facet: 'languages' },
] as const satisfies readonly { param: string; facet: keyof SearchFacets }[];

type FacetName = (typeof FACETS)[number]['facet'];

function filterOf(params: URLSearchParams): SearchFilter {
  const types = params
    .getAll('type')
    .filter((type): type is NonNullable<SearchFilter['types']>[number] =>
      (SEARCH_HIT_TYPES as readonly string[]).includes(type),
    );
  const years = params
    .getAll('year')
    .map(Number)
    .filter((year) => Number.isInteger(year));
  const languages = params
    .getAll('language')
    .filter((language): language is 'sr' | 'en' => language === 'sr' || language === 'en');
  return {
    ...(types.length ? { types } : {}),
    ...(params.getAll('network').length ? { networkIds: params.getAll('network') } : {}),
    ...(params.getAll('organisation').length
      ? { organisationIds: params.getAll('organisation') }
      : {}),
    ...(params.getAll('kind').length ? { kinds: params.getAll('kind') } : {}),
    ...(years.length ? { years } : {}),
    ...(languages.length ? { languages } : {}),
  };
}

/**
 * Search results for `?q=…`: threads, posts, documents, people and networks the viewer may
 * read, with facets to narrow them (checkboxes with counts, kept in the address) and matched
 * words highlighted in the snippets.
 */
export default function SearchPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const [input, setInput] = useState(query);
  const filter = useMemo(() => filterOf(params), [params]);

  useEffect(() => setInput(query), [query]);

  const search = useQuery(SEARCH, {
    variables: { query, filter, first: PAGE_SIZE },
    skip: !query,
    notifyOnNetworkStatusChange: true,
  });
  // While a facet or the next query loads, the former results stay (dimmed by aria-busy).
  const results = (search.data ?? search.previousData)?.search;
  const loadingMore = search.networkStatus === NetworkStatus.fetchMore;
  const loadMore = () =>
    void search.fetchMore({ variables: { after: results?.pageInfo.endCursor ?? null } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = input.trim();
    setParams(trimmed ? { q: trimmed } : {});
  };
  const choose = (param: string, values: string[]) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete(param);
      for (const value of values) next.append(param, value);
      return next;
    });
  const clearFilters = () => setParams({ q: query });
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <PageHeader
        title={query ? t('search.titleFor', { query }) : t('search.title')}
        description={t('search.intro')}
      />
      <Card withBorder radius="md" padding="md" mb="lg">
        <form role="search" onSubmit={submit} aria-label={t('search.pageLabel')}>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              type="search"
              label={t('search.label')}
              placeholder={t('search.placeholder')}
              leftSection={<SearchIcon size={16} />}
              value={input}
              onChange={(event) => setInput(event.currentTarget.value)}
              style={{ flex: 1, minWidth: 0 }}
              maw={560}
            />
            <Button type="submit">{t('search.submit')}</Button>
          </Group>
        </form>
      </Card>

      {!query ? (
        <Text c="dimmed">{t('search.hint')}</Text>
      ) : search.error && !results ? (
        <ApiErrorAlert error={search.error} onRetry={() => void search.refetch()} />
      ) : !results ? (
        <Stack gap="md" aria-busy="true">
          <Text className="visually-hidden" role="status">
            {t('common.loading')}
          </Text>
          <Skeleton height={90} radius="md" />
          <Skeleton height={90} radius="md" />
          <Skeleton height={90} radius="md" />
        </Stack>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Facets
              facets={results.facets}
              exact={results.totalIsExact}
              params={params}
              onChoose={choose}
              onClear={filtered ? clearFilters : undefined}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            <Stack gap="md">
              <Text size="sm" c="dimmed" role="status" aria-live="polite">
                {totalText(t, results.total, results.totalIsExact, language)}
              </Text>
              {results.nodes.length === 0 ? (
                <EmptyState
                  withIndicatorBackground
                  icon={<SearchIcon size={28} />}
                  title={t('search.empty')}
                  description={t('search.emptyHint')}
                  py="xl"
                />
              ) : (
                <Stack
                  component="ol"
                  gap="sm"
                  style={{ listStyle: 'none', padding: 0, margin: 0 }}
                  aria-busy={search.loading}
                >
                  {results.nodes.map((hit) => (
                    <HitCard key={`${hit.type}:${hit.id}`} hit={hit} />
                  ))}
                </Stack>
              )}
              {search.error && loadingMore && (
                <ApiErrorAlert error={search.error} onRetry={loadMore} />
              )}
              {results.pageInfo.hasNextPage && (
                <Center>
                  <Button variant="default" onClick={loadMore} loading={loadingMore}>
                    {t('search.loadMore')}
                  </Button>
                </Center>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}

function HitCard({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  return (
    <Card component="li" withBorder radius="md" padding="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Anchor
            component={Link}
            to={hitPath(hit)}
            fw={600}
            size="lg"
            style={{ overflowWrap: 'anywhere', flex: 1, minWidth: 0 }}
          >
            {hit.title}
          </Anchor>
          <Badge variant="light" color="gray">
            {t(`search.types.${hit.type}`)}
          </Badge>
        </Group>
        {hit.snippet && <SearchSnippet snippet={hit.snippet} />}
        <Text size="xs" c="dimmed">
          {[
            hit.network && hit.type !== 'NETWORK' ? hit.network.name : null,
            hit.kind ? kindLabel(t, hit.kind) : null,
            hit.date ? formatDate(hit.date) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
    </Card>
  );
}

const OTHER_KINDS = ['POST', 'ANNOUNCEMENT', 'OPENING', 'REPLY', 'OPEN', 'CLOSED'] as const;
type OtherKind = (typeof OTHER_KINDS)[number];

const isOtherKind = (kind: string): kind is OtherKind =>
  (OTHER_KINDS as readonly string[]).includes(kind);

/** A document kind, a post's kind (announcement, opening…) or a network's openness. */
function kindLabel(t: TFunction, kind: string): string {
  if (isDocumentKind(kind)) return t(`library.kinds.${kind}`);
  if (isOtherKind(kind)) return t(`search.kinds.${kind}`);
  return kind;
}

function Facets({
  facets,
  exact,
  params,
  onChoose,
  onClear,
}: {
  facets: SearchFacets;
  /** Whether the counts count every match, or only the newest ones (then shown with "+"). */
  exact: boolean;
  params: URLSearchParams;
  onChoose(param: string, values: string[]): void;
  onClear?: () => void;
}) {
  const { t } = useTranslation();
  const { language, languageName } = useLocale();
  const networks = useLibraryNetworks();

  const label = (facet: FacetName, value: string): ReactNode => {
    switch (facet) {
      case 'types':
        return (SEARCH_HIT_TYPES as readonly string[]).includes(value)
          ? t(`search.types.${value as SearchHitType}`)
          : value;
      case 'networkIds': {
        const network = networks.all.find((candidate) => candidate.id === value);
        return network ? networkName(network, language) : '…';
      }
      case 'organisationIds':
        return <OrganisationLabel id={value} />;
      case 'kinds':
        return kindLabel(t, value);
      case 'years':
        return value;
      case 'languages':
        return languageName(value);
    }
  };

  return (
    <Stack gap="md" component="aside" aria-label={t('search.facets')}>
      {FACETS.map(({ param, facet }) => {
        const counts: FacetCount[] = [...facets[facet]];
        // A checked value stays, even when no hit has it any more.
        for (const value of params.getAll(param)) {
          if (!counts.some((count) => count.value === value)) counts.push({ value, count: 0 });
        }
        if (counts.length === 0) return null;
        return (
          <Checkbox.Group
            key={facet}
            label={t(`search.facet.${facet}`)}
            value={params.getAll(param)}
            onChange={(values) => onChoose(param, values)}
          >
            <Stack gap={6} mt={6}>
              {counts.map((count) => (
                <Checkbox
                  key={count.value}
                  value={count.value}
                  size="sm"
                  label={
                    <>
                      {label(facet, count.value)}{' '}
                      <Text span c="dimmed" size="sm">
                        ({formatCount(count.count, exact, language)})
                      </Text>
                    </>
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
        );
      })}
      {onClear && (
        <Button variant="subtle" size="compact-sm" onClick={onClear}>
          {t('search.clearFilters')}
        </Button>
      )}
    </Stack>
  );
}
