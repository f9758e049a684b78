import { useQuery } from '@apollo/client/react';
import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import { Anchor, Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@web/i18n/format';
import { organisationName } from './organisation-name';
import { ORGANISATION, ORGANISATIONS } from './organisation.operations';
import type { OrganisationSummary } from './organisation.types';
import { ORGANISATION_KINDS } from './organisation.types';

/** How many matches the picker shows; the search narrows them down. */
const PAGE_SIZE = 50;

interface OrganisationSelectProps {
  label: string;
  value: string | null;
  onChange(id: string | null): void;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  clearable?: boolean;
  placeholder?: string;
  /** The chosen organisation when the caller already has it, to show without a request. */
  initialOrganisation?: OrganisationSummary | null;
}

/**
 * A searchable organisation picker. The server searches (in either script, with or without
 * diacritics), the list is grouped by kind, and names show in the script of the interface.
 */
export function OrganisationSelect({
  label,
  value,
  onChange,
  description,
  error,
  required,
  clearable,
  placeholder,
  initialOrganisation,
}: OrganisationSelectProps) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const known = useRef(new Map<string, OrganisationSummary>());
  if (initialOrganisation) known.current.set(initialOrganisation.id, initialOrganisation);

  const selectedName =
    value && known.current.has(value)
      ? organisationName(known.current.get(value) as OrganisationSummary, language)
      : null;
  // While the box shows the chosen name, list everything rather than only that name.
  const query =
    debouncedSearch.trim() && debouncedSearch !== selectedName ? debouncedSearch.trim() : undefined;

  const list = useQuery(ORGANISATIONS, {
    variables: { first: PAGE_SIZE, filter: query ? { query } : {} },
  });
  const listed = (list.data ?? list.previousData)?.organisations.nodes;
  const nodes = useMemo(() => listed ?? [], [listed]);
  for (const organisation of nodes) known.current.set(organisation.id, organisation);

  // A value set from outside (a link, a profile) whose organisation is not in the list yet.
  const missing = Boolean(value && !known.current.has(value));
  const single = useQuery(ORGANISATION, { variables: { id: value ?? '' }, skip: !missing });
  if (single.data) known.current.set(single.data.organisation.id, single.data.organisation);

  const data = useMemo<ComboboxItemGroup<ComboboxItem>[]>(() => {
    const shown = [...nodes];
    const chosen = value ? known.current.get(value) : undefined;
    if (chosen && !shown.some((organisation) => organisation.id === chosen.id)) shown.push(chosen);
    return ORGANISATION_KINDS.map((kind) => ({
      group: t(`organisations.kinds.${kind}`),
      items: shown
        .filter((organisation) => organisation.kind === kind)
        .map((organisation) => ({
          value: organisation.id,
          label: organisationName(organisation, language),
        })),
    })).filter((group) => group.items.length > 0);
  }, [nodes, value, language, t]);

  const loadFailed = list.error && !list.data;

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? t('organisations.placeholder')}
      required={required}
      clearable={clearable}
      searchable
      data={data}
      value={value}
      onChange={(id) => onChange(id)}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already matched the search; the box must not filter again.
      filter={({ options }) => options}
      nothingFoundMessage={list.loading ? t('common.loading') : t('organisations.nothingFound')}
      rightSection={list.loading ? <Loader size="xs" aria-hidden /> : undefined}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
      error={
        error ??
        (loadFailed ? (
          <>
            {t('organisations.loadFailed')}{' '}
            <Anchor component="button" type="button" size="xs" onClick={() => void list.refetch()}>
              {t('common.retry')}
            </Anchor>
          </>
        ) : undefined)
      }
    />
  );
}
