import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Badge,
  Combobox,
  Group,
  Loader,
  Text,
  TextInput,
  useCombobox,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { FormEvent } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { SearchIcon } from '@web/ui/icons';
import { hitPath, SEARCH_SUGGESTIONS } from './search.operations';

const SUGGESTIONS = 5;
/** The value of the last option: all results on the search page. */
const ALL_RESULTS = '\u0000all';

/**
 * The search box of the header: suggestions as one types (a few hits, debounced), Enter opens
 * the results page. Cyrillic, Latin and Latin without diacritics find the same.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [value, setValue] = useState('');
  const [debounced] = useDebouncedValue(value.trim(), 250);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  // Leaving for a result (or any page) empties the box.
  useEffect(() => {
    setValue('');
    combobox.closeDropdown();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on navigation
  }, [location.pathname]);

  const suggestions = useQuery(SEARCH_SUGGESTIONS, {
    variables: { query: debounced, first: SUGGESTIONS },
    skip: debounced.length < 2,
  });
  const hits = debounced.length >= 2 ? (suggestions.data?.search.nodes ?? []) : [];

  const openResults = (query: string) => {
    const trimmed = query.trim();
    if (!trimmed) return;
    combobox.closeDropdown();
    void navigate(`/search?q=${encodeURIComponent(trimmed)}`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    openResults(value);
  };
  const choose = (option: string) => {
    if (option === ALL_RESULTS) return openResults(value);
    const hit = hits.find((candidate) => `${candidate.type}:${candidate.id}` === option);
    combobox.closeDropdown();
    if (hit) void navigate(hitPath(hit));
  };

  const showDropdown = debounced.length >= 2 && value.trim().length >= 2;

  return (
    <form role="search" onSubmit={submit} aria-label={t('search.label')}>
      <Combobox store={combobox} onOptionSubmit={choose} withinPortal>
        <Combobox.Target>
          <TextInput
            type="search"
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            leftSection={<SearchIcon size={16} />}
            rightSection={suggestions.loading ? <Loader size="xs" aria-hidden /> : undefined}
            value={value}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              combobox.openDropdown();
              combobox.resetSelectedOption();
            }}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            w={{ base: 140, xl: 240 }}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={!showDropdown} miw={320}>
          <Combobox.Options aria-label={t('search.suggestions')}>
            {hits.map((hit) => (
              <Combobox.Option key={`${hit.type}:${hit.id}`} value={`${hit.type}:${hit.id}`}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm" lineClamp={1} style={{ overflowWrap: 'anywhere' }}>
                    {hit.title}
                  </Text>
                  <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
                    {t(`search.types.${hit.type}`)}
                  </Badge>
                </Group>
              </Combobox.Option>
            ))}
            {suggestions.data && hits.length === 0 && !suggestions.loading && (
              <Combobox.Empty>{t('search.noSuggestions')}</Combobox.Empty>
            )}
            <Combobox.Option value={ALL_RESULTS}>
              <Text size="sm" fw={600} c="teal.9">
                {t('search.allResults', { query: value.trim() })}
              </Text>
            </Combobox.Option>
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
    </form>
  );
}

/** On a phone the box gives way to a button that opens the search page. */
export function SearchLink() {
  const { t } = useTranslation();
  return (
    <ActionIcon
      component={Link}
      to="/search"
      variant="subtle"
      color="dark"
      size="lg"
      aria-label={t('search.open')}
    >
      <SearchIcon size={20} />
    </ActionIcon>
  );
}
