import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { i18next } from '@web/i18n/i18n';
import { ORGANISATION_KINDS } from '@web/organisations/organisation.types';
import type { OrganisationKind } from '@web/organisations/organisation.types';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { all, maxLength, required, useRevalidateOnLanguageChange } from '@web/ui/form';
import { notify } from '@web/ui/notify';
import type { AdminOrganisation, OrganisationInput } from './admin.operations';
import { CREATE_ORGANISATION, UPDATE_ORGANISATION } from './admin.operations';
import { latinToCyrillic } from './latin-to-cyrillic';

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
  const [create, creating] = useMutation(CREATE_ORGANISATION);
  const [update, updating] = useMutation(UPDATE_ORGANISATION);
  const error = creating.error ?? updating.error;
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

  const submit = form.onSubmit(async (values) => {
    creating.reset();
    updating.reset();
    const input: OrganisationInput = {
      nameLatin: values.nameLatin.trim(),
      nameCyrillic: values.nameCyrillic.trim(),
      kind: values.kind,
      country: values.country.trim(),
      ...(values.acronym.trim() ? { acronym: values.acronym.trim() } : {}),
      ...(values.district.trim() ? { district: values.district.trim() } : {}),
    };
    try {
      if (organisation) await update({ variables: { input: { ...input, id: organisation.id } } });
      else await create({ variables: { input } });
      notify({
        color: 'green',
        message: t(organisation ? 'admin.organisations.saved' : 'admin.organisations.created', {
          name: input.nameLatin,
        }),
      });
      onSaved();
    } catch (failure) {
      if (apiErrorOf(failure).rawCode === 'DUPLICATE_ORGANISATION') {
        form.setFieldError('nameLatin', t('errors.DUPLICATE_ORGANISATION'));
      }
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(organisation ? 'admin.organisations.edit' : 'admin.organisations.create')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {error && apiErrorOf(error).rawCode !== 'DUPLICATE_ORGANISATION' && (
            <ApiErrorAlert error={error} />
          )}
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
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() =>
                  form.setFieldValue('nameCyrillic', latinToCyrillic(form.getValues().nameLatin))
                }
              >
                {t('admin.organisations.transliterate')}
              </Button>
            </Group>
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
            <TextInput
              label={t('admin.organisations.acronym')}
              {...form.getInputProps('acronym')}
            />
            <TextInput
              label={t('admin.organisations.district')}
              {...form.getInputProps('district')}
            />
            <TextInput
              label={t('admin.organisations.country')}
              description={t('admin.organisations.countryHint')}
              maxLength={2}
              required
              {...form.getInputProps('country')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('admin.cancel')}
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading}>
              {t(organisation ? 'admin.save' : 'admin.organisations.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
