import {
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@web/auth/current-user';
import { useLocale } from '@web/i18n/format';
import { networkName } from '@web/networks/network-logic';
import { OrganisationSelect } from '@web/organisations/organisation-select';
import { all, maxLength, required, useRevalidateOnLanguageChange } from '@web/ui/form';
import type {
  DocumentDetail,
  DocumentKind,
  DocumentMetadataInput,
  DocumentVisibility,
} from './library.operations';
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES, DOCUMENT_VISIBILITIES } from './library.operations';
import { topicName, useLibraryNetworks, useLibraryTopics } from './library-labels';

export interface DocumentFormValues {
  title: string;
  summary: string;
  kind: DocumentKind;
  visibility: DocumentVisibility;
  networkIds: string[];
  organisationId: string | null;
  topicIds: string[];
  tags: string[];
  languages: string[];
  year: number | string;
  authorName: string;
  contact: string;
  licence: string;
  problem: string;
  approach: string;
  results: string;
  costsAndFunding: string;
  lessonsLearnt: string;
  contactPerson: string;
  note: string;
}

/** A new document's values: the viewer's organisation, this year, Serbian Latin. */
export function emptyDocumentValues(
  organisationId: string | null,
  networkIds: string[] = [],
): DocumentFormValues {
  return {
    title: '',
    summary: '',
    kind: 'GOOD_PRACTICE',
    visibility: networkIds.length > 0 ? 'NETWORK' : 'ALL_MEMBERS',
    networkIds,
    organisationId,
    topicIds: [],
    tags: [],
    languages: ['sr-Latn'],
    year: new Date().getFullYear(),
    authorName: '',
    contact: '',
    licence: '',
    problem: '',
    approach: '',
    results: '',
    costsAndFunding: '',
    lessonsLearnt: '',
    contactPerson: '',
    note: '',
  };
}

/** The form's values for an existing document. */
export function documentValues(document: DocumentDetail): DocumentFormValues {
  const practice = document.goodPractice;
  return {
    title: document.title,
    summary: document.summary,
    kind: document.kind,
    visibility: document.visibility,
    networkIds: document.networks.map((network) => network.id),
    organisationId: document.organisation?.id ?? null,
    topicIds: document.topics.map((topic) => topic.id),
    tags: document.tags,
    languages: document.languages,
    year: document.year ?? '',
    authorName: document.authorName ?? '',
    contact: document.contact ?? '',
    licence: document.licence ?? '',
    problem: practice?.problem ?? '',
    approach: practice?.approach ?? '',
    results: practice?.results ?? '',
    costsAndFunding: practice?.costsAndFunding ?? '',
    lessonsLearnt: practice?.lessonsLearnt ?? '',
    contactPerson: practice?.contactPerson ?? '',
    note: '',
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The metadata as the API takes it; good-practice fields only for a good practice. */
export function metadataInput(values: DocumentFormValues): DocumentMetadataInput {
  return {
    kind: values.kind,
    title: values.title.trim(),
    summary: orNull(values.summary),
    visibility: values.visibility,
    networkIds: values.networkIds,
    organisationId: values.organisationId,
    topicIds: values.topicIds,
    tags: values.tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean),
    languages: values.languages,
    year: typeof values.year === 'number' ? values.year : null,
    authorName: orNull(values.authorName),
    contact: orNull(values.contact),
    licence: orNull(values.licence),
    goodPractice:
      values.kind === 'GOOD_PRACTICE'
        ? {
            problem: values.problem.trim(),
            approach: values.approach.trim(),
            results: values.results.trim(),
            costsAndFunding: values.costsAndFunding.trim(),
            lessonsLearnt: values.lessonsLearnt.trim(),
            contactPerson: values.contactPerson.trim(),
          }
        : null,
  };
}

const GOOD_PRACTICE_FIELDS = [
  'problem',
  'approach',
  'results',
  'costsAndFunding',
  'lessonsLearnt',
  'contactPerson',
] as const;
const GOOD_PRACTICE_REQUIRED = new Set<string>(['problem', 'approach', 'results']);

interface DocumentFormProps {
  initialValues: DocumentFormValues;
  submitLabel: string;
  onSubmit(values: DocumentFormValues): void;
  busy?: boolean;
  /** The form can be filled while the file uploads, and sent once it is stored. */
  submitDisabled?: boolean;
  /** A note on the first version (new documents only). */
  withNote?: boolean;
  /** Shown above the buttons: an error, a hint. */
  footer?: ReactNode;
  onCancel?(): void;
}

/** The metadata of a document: what it is, who may read it, where it is from. */
export function DocumentForm({
  initialValues,
  submitLabel,
  onSubmit,
  busy,
  submitDisabled,
  withNote,
  footer,
  onCancel,
}: DocumentFormProps) {
  const { t } = useTranslation();
  const { language, languageName } = useLocale();
  const user = useCurrentUser();
  const networks = useLibraryNetworks();
  const { topics } = useLibraryTopics();
  const staff = user.role === 'STAFF' || user.role === 'ADMIN';

  const form = useForm<DocumentFormValues>({
    mode: 'controlled',
    initialValues,
    validate: {
      title: all(required, maxLength(1000)),
      summary: maxLength(10_000),
      networkIds: (value, values) =>
        values.visibility === 'NETWORK' && value.length === 0
          ? t('library.form.networkRequired')
          : null,
      year: (value) =>
        value === '' ||
        (typeof value === 'number' && value >= 1900 && value <= new Date().getFullYear() + 1)
          ? null
          : t('library.form.yearInvalid'),
      problem: (value, values) => (values.kind === 'GOOD_PRACTICE' ? required(value) : null),
      approach: (value, values) => (values.kind === 'GOOD_PRACTICE' ? required(value) : null),
      results: (value, values) => (values.kind === 'GOOD_PRACTICE' ? required(value) : null),
    },
  });
  useRevalidateOnLanguageChange(form);

  // Members place documents in their own networks; staff anywhere. Keep those already chosen.
  const offered = staff
    ? networks.all
    : networks.all.filter(
        (network) =>
          network.viewerMembership !== null || initialValues.networkIds.includes(network.id),
      );
  const kind = form.getValues().kind;

  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate>
      <Stack gap="md">
        <TextInput label={t('library.fields.title')} required {...form.getInputProps('title')} />
        <Textarea
          label={t('library.fields.summary')}
          description={t('library.form.summaryHint')}
          autosize
          minRows={3}
          {...form.getInputProps('summary')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('library.fields.kind')}
            required
            allowDeselect={false}
            data={DOCUMENT_KINDS.map((value) => ({
              value,
              label: t(`library.kinds.${value}`),
            }))}
            {...form.getInputProps('kind')}
          />
          <NumberInput
            label={t('library.fields.year')}
            min={1900}
            max={new Date().getFullYear() + 1}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=""
            {...form.getInputProps('year')}
          />
        </SimpleGrid>
        <Radio.Group
          label={t('library.fields.visibility')}
          required
          {...form.getInputProps('visibility')}
        >
          <Stack gap="xs" mt="xs">
            {DOCUMENT_VISIBILITIES.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`library.visibility.${value}`)}
                description={t(`library.visibilityHint.${value}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <MultiSelect
          label={t('library.fields.networks')}
          description={t('library.form.networksHint')}
          required={form.getValues().visibility === 'NETWORK'}
          searchable
          data={offered.map((network) => ({
            value: network.id,
            label: networkName(network, language),
          }))}
          nothingFoundMessage={t('library.form.noNetworks')}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('networkIds')}
        />
        <OrganisationSelect
          label={t('library.fields.organisation')}
          clearable
          value={form.getValues().organisationId}
          onChange={(id) => form.setFieldValue('organisationId', id)}
          initialOrganisation={user.organisation}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <MultiSelect
            label={t('library.fields.topics')}
            searchable
            data={topics.map((topic) => ({ value: topic.id, label: topicName(topic, language) }))}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('topicIds')}
          />
          <MultiSelect
            label={t('library.fields.languages')}
            data={DOCUMENT_LANGUAGES.map((code) => ({ value: code, label: languageName(code) }))}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('languages')}
          />
        </SimpleGrid>
        <TagsInput
          label={t('library.fields.tags')}
          description={t('library.form.tagsHint')}
          maxTags={20}
          {...form.getInputProps('tags')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label={t('library.fields.authorName')} {...form.getInputProps('authorName')} />
          <TextInput label={t('library.fields.contact')} {...form.getInputProps('contact')} />
          <TextInput label={t('library.fields.licence')} {...form.getInputProps('licence')} />
        </SimpleGrid>
        {kind === 'GOOD_PRACTICE' && (
          <Fieldset legend={t('library.goodPractice.title')} radius="md">
            <Stack gap="md">
              {GOOD_PRACTICE_FIELDS.map((field) =>
                field === 'contactPerson' ? (
                  <TextInput
                    key={field}
                    label={t(`library.goodPractice.${field}`)}
                    {...form.getInputProps(field)}
                  />
                ) : (
                  <Textarea
                    key={field}
                    label={t(`library.goodPractice.${field}`)}
                    required={GOOD_PRACTICE_REQUIRED.has(field)}
                    autosize
                    minRows={2}
                    {...form.getInputProps(field)}
                  />
                ),
              )}
            </Stack>
          </Fieldset>
        )}
        {withNote && (
          <TextInput
            label={t('library.fields.note')}
            description={t('library.form.noteHint')}
            {...form.getInputProps('note')}
          />
        )}
        {footer}
        <Group justify="flex-end" gap="xs">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('library.cancel')}
            </Button>
          )}
          <Button type="submit" loading={busy} disabled={submitDisabled}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
