import { Fieldset, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { i18next } from '@web/i18n/i18n';
import type { NetworkSummary } from '@web/networks/network.operations';
import { all, maxLength, required, useRevalidateOnLanguageChange } from '@web/ui/form';
import type { NetworkInput } from './admin.operations';
import { CREATE_NETWORK, UPDATE_NETWORK } from './admin.operations';
import { latinToCyrillic } from './latin-to-cyrillic';
import { RecordFormModal, TransliterateButton, useSaveRecord } from './record-form';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An address from a name: "Lokalne finansije" → "lokalne-finansije". */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/đ/g, 'dj')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

const valuesOf = (network: NetworkSummary | null): NetworkInput => ({
  slug: network?.slug ?? '',
  nameLatin: network?.nameLatin ?? '',
  nameCyrillic: network?.nameCyrillic ?? '',
  nameEnglish: network?.nameEnglish ?? '',
  descriptionLatin: network?.descriptionLatin ?? '',
  descriptionCyrillic: network?.descriptionCyrillic ?? '',
  descriptionEnglish: network?.descriptionEnglish ?? '',
  visibility: network?.visibility ?? 'OPEN',
});

interface NetworkFormProps {
  network: NetworkSummary | null;
  opened: boolean;
  onClose(): void;
  onSaved(): void;
}

/** Creates or edits a network: address, names and descriptions in three forms, open or closed. */
export function NetworkForm({ network, opened, onClose, onSaved }: NetworkFormProps) {
  const { t } = useTranslation();
  const form = useForm<NetworkInput>({
    initialValues: valuesOf(network),
    validate: {
      slug: (value) =>
        required(value) ??
        (SLUG.test(value) && value.length >= 2 && value.length <= 80
          ? null
          : i18next.t('admin.networks.slugInvalid')),
      nameLatin: all(required, maxLength(200)),
      nameCyrillic: all(required, maxLength(200)),
      nameEnglish: all(required, maxLength(200)),
      descriptionLatin: maxLength(2000),
      descriptionCyrillic: maxLength(2000),
      descriptionEnglish: maxLength(2000),
    },
  });
  useRevalidateOnLanguageChange(form);
  const { save, saving, error } = useSaveRecord<NetworkInput>({
    section: 'networks',
    id: network?.id ?? null,
    create: CREATE_NETWORK,
    update: UPDATE_NETWORK,
    fieldError: { code: 'SLUG_TAKEN', show: (message) => form.setFieldError('slug', message) },
    onSaved,
  });

  const submit = form.onSubmit((values) =>
    save({
      ...values,
      nameLatin: values.nameLatin.trim(),
      nameCyrillic: values.nameCyrillic.trim(),
      nameEnglish: values.nameEnglish.trim(),
      descriptionLatin: values.descriptionLatin.trim(),
      descriptionCyrillic: values.descriptionCyrillic.trim(),
      descriptionEnglish: values.descriptionEnglish.trim(),
    }),
  );

  const copyToCyrillic = () => {
    const { nameLatin, descriptionLatin } = form.getValues();
    form.setFieldValue('nameCyrillic', latinToCyrillic(nameLatin));
    form.setFieldValue('descriptionCyrillic', latinToCyrillic(descriptionLatin));
  };

  return (
    <RecordFormModal
      section="networks"
      editing={network !== null}
      opened={opened}
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      saving={saving}
    >
      <Fieldset legend={t('admin.networks.latin')} variant="unstyled">
        <Stack gap="sm">
          <TextInput
            label={t('admin.networks.name')}
            required
            data-autofocus
            {...form.getInputProps('nameLatin')}
            onBlur={(event) => {
              form.getInputProps('nameLatin').onBlur?.(event);
              if (!network && !form.getValues().slug) {
                form.setFieldValue('slug', slugOf(event.currentTarget.value));
              }
            }}
          />
          <Textarea
            label={t('admin.networks.description')}
            autosize
            minRows={2}
            {...form.getInputProps('descriptionLatin')}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('admin.networks.cyrillic')} variant="unstyled" lang="sr-Cyrl">
        <Stack gap="sm">
          <TransliterateButton onClick={copyToCyrillic} />
          <TextInput
            label={t('admin.networks.name')}
            required
            {...form.getInputProps('nameCyrillic')}
          />
          <Textarea
            label={t('admin.networks.description')}
            autosize
            minRows={2}
            {...form.getInputProps('descriptionCyrillic')}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('admin.networks.english')} variant="unstyled" lang="en">
        <Stack gap="sm">
          <TextInput
            label={t('admin.networks.name')}
            required
            {...form.getInputProps('nameEnglish')}
          />
          <Textarea
            label={t('admin.networks.description')}
            autosize
            minRows={2}
            {...form.getInputProps('descriptionEnglish')}
          />
        </Stack>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('admin.networks.slug')}
          description={t('admin.networks.slugHint')}
          required
          {...form.getInputProps('slug')}
        />
        <Radio.Group
          label={t('admin.networks.visibility')}
          required
          {...form.getInputProps('visibility')}
        >
          <Stack mt="xs" gap="xs">
            <Radio value="OPEN" label={t('admin.networks.visibilityOPEN')} />
            <Radio value="CLOSED" label={t('admin.networks.visibilityCLOSED')} />
          </Stack>
        </Radio.Group>
      </SimpleGrid>
    </RecordFormModal>
  );
}
