import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { i18next } from '@web/i18n/i18n';
import { ORGANISATION_KINDS } from '@web/organisations/organisation.types';
import type { OrganisationKind } from '@web/organisations/organisation.types';
import { all, maxLength, required, useRevalidateOnLanguageChange } from '@web/ui/form';
import type { AdminOrganisation, OrganisationInput } from './admin.operations';
import { CREATE_ORGANISATION, UPDATE_ORGANISATION } from './admin.operations';
import { latinToCyrillic } from './latin-to-cyrillic';
import { RecordFormModal, TransliterateButton, useSaveRecord } from './record-form';

interface OrganisationValues {
  nameLatin: string;
  nameCyrillic: string;
  acronym: string;
  kind: OrganisationKind;
  district: string;
  country: string;
}

const valuesOf = (organisation: AdminOrganisation | null): OrganisationValues => ({
  nameLatin: organisation?.nameLatin ?? '',
  nameCyrillic: organisation?.nameCyrillic ?? '',
  acronym: organisation?.acronym ?? '',
  kind: organisation?.kind ?? 'MUNICIPALITY',
  district: organisation?.district ?? '',
  country: organisation?.country ?? 'RS',
});

interface OrganisationFormProps {
  /** The organisation to edit; null to create one. */
  organisation: AdminOrganisation | null;
  opened: boolean;
  onClose(): void;
  onSaved(): void;
}

/** Creates or edits an organisation: its name in both scripts, kind, district and country. */
export function OrganisationForm({
  organisation,
  opened,
  onClose,
  onSaved,
}: OrganisationFormProps) {
  const { t } = useTranslation();
  const form = useForm<OrganisationValues>({
    initialValues: valuesOf(organisation),
    validate: {
      nameLatin: all(required, maxLength(200)),
      nameCyrillic: all(required, maxLength(200)),
      acronym: maxLength(30),
      district: maxLength(100),
      country: (value) =>
        /^[A-Z]{2}$/.test(value.trim()) ? null : i18next.t('admin.organisations.countryInvalid'),
    },
  });
  useRevalidateOnLanguageChange(form);
  const { save, saving, error } = useSaveRecord<OrganisationInput>({
    section: 'organisations',
    id: organisation?.id ?? null,
    create: CREATE_ORGANISATION,
    update: UPDATE_ORGANISATION,
    fieldError: {
      code: 'DUPLICATE_ORGANISATION',
      show: (message) => form.setFieldError('nameLatin', message),
    },
    onSaved,
  });

  const submit = form.onSubmit((values) =>
    save({
      nameLatin: values.nameLatin.trim(),
      nameCyrillic: values.nameCyrillic.trim(),
      kind: values.kind,
      country: values.country.trim(),
      ...(values.acronym.trim() ? { acronym: values.acronym.trim() } : {}),
      ...(values.district.trim() ? { district: values.district.trim() } : {}),
    }),
  );

  return (
    <RecordFormModal
      section="organisations"
      editing={organisation !== null}
      opened={opened}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      saving={saving}
    >
      <TextInput
        label={t('admin.organisations.nameLatin')}
        required
        data-autofocus
        {...form.getInputProps('nameLatin')}
      />
      <Stack gap={4}>
        <TextInput
          label={t('admin.organisations.nameCyrillic')}
          required
          lang="sr-Cyrl"
          {...form.getInputProps('nameCyrillic')}
        />
        <TransliterateButton
          onClick={() =>
            form.setFieldValue('nameCyrillic', latinToCyrillic(form.getValues().nameLatin))
          }
        />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('admin.organisations.kind')}
          required
          allowDeselect={false}
          data={ORGANISATION_KINDS.map((kind) => ({
            value: kind,
            label: t(`admin.organisations.kinds.${kind}`),
          }))}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('admin.organisations.acronym')} {...form.getInputProps('acronym')} />
        <TextInput label={t('admin.organisations.district')} {...form.getInputProps('district')} />
        <TextInput
          label={t('admin.organisations.country')}
          description={t('admin.organisations.countryHint')}
          maxLength={2}
          required
          {...form.getInputProps('country')}
        />
      </SimpleGrid>
    </RecordFormModal>
  );
}
