import { useMutation } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Group,
  MultiSelect,
  Radio,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notify } from '@web/ui/notify';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '@web/auth/current-user';
import type { ContactVisibility } from '@web/auth/session.operations';
import { formatDate, useLocale } from '@web/i18n/format';
import { i18next } from '@web/i18n/i18n';
import { organisationName } from '@web/organisations/organisation-name';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { all, maxLength, phone, required, useRevalidateOnLanguageChange } from '@web/ui/form';
import { UPDATE_PROFILE } from './profile.operations';
import { ProfileSection } from './section';

/** Languages of the region and the most common foreign ones, by ISO 639 code. */
const LANGUAGE_CODES = [
  'sr',
  'hr',
  'bs',
  'cnr',
  'mk',
  'sq',
  'sl',
  'bg',
  'ro',
  'hu',
  'el',
  'tr',
  'en',
  'de',
  'fr',
  'it',
  'es',
  'ru',
];

const MAX_EXPERTISE = 30;
const MAX_EXPERTISE_LENGTH = 80;

interface DetailsValues {
  firstName: string;
  lastName: string;
  position: string;
  expertise: string[];
  languages: string[];
  phone: string;
  contactVisibility: ContactVisibility;
}

export function ProfileDetailsSection() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { language, languageName } = useLocale();
  const [updateProfile, { loading, error, reset }] = useMutation(UPDATE_PROFILE);

  const form = useForm<DetailsValues>({
    initialValues: {
      firstName: user.firstName,
      lastName: user.lastName,
      position: user.position ?? '',
      expertise: user.expertise,
      languages: user.languages,
      phone: user.phone ?? '',
      contactVisibility: user.contactVisibility,
    },
    validate: {
      firstName: all(required, maxLength(100)),
      lastName: all(required, maxLength(100)),
      position: maxLength(200),
      phone,
      expertise: (values) =>
        values.length > MAX_EXPERTISE || values.some((value) => value.length > MAX_EXPERTISE_LENGTH)
          ? i18next.t('validation.expertise', { max: MAX_EXPERTISE_LENGTH, areas: MAX_EXPERTISE })
          : null,
    },
  });
  useRevalidateOnLanguageChange(form);

  const languageOptions = useMemo(
    () =>
      [...new Set([...LANGUAGE_CODES, ...user.languages])]
        .map((code) => ({ value: code, label: languageName(code) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [user.languages, languageName, language],
  );

  const submit = form.onSubmit(async (values) => {
    reset();
    const position = values.position.trim();
    const phoneNumber = values.phone.trim();
    try {
      const { data } = await updateProfile({
        variables: {
          input: {
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            expertise: values.expertise.map((area) => area.trim()).filter(Boolean),
            languages: values.languages,
            contactVisibility: values.contactVisibility,
            // Empty optional fields are left as they are: the API has no way to clear them yet.
            ...(position ? { position } : {}),
            ...(phoneNumber ? { phone: phoneNumber } : {}),
          },
        },
      });
      if (data) form.resetDirty();
      notify({ color: 'green', message: t('profile.details.saved') });
    } catch {
      // Shown from `error`.
    }
  });

  return (
    <ProfileSection title={t('profile.details.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {error && <ApiErrorAlert error={error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('profile.details.firstName')}
              autoComplete="given-name"
              required
              {...form.getInputProps('firstName')}
            />
            <TextInput
              label={t('profile.details.lastName')}
              autoComplete="family-name"
              required
              {...form.getInputProps('lastName')}
            />
          </SimpleGrid>
          <TextInput
            label={t('profile.details.email')}
            description={t('profile.details.emailHint')}
            value={user.email ?? ''}
            readOnly
            variant="filled"
          />
          <Stack gap={6}>
            <TextInput
              label={t('profile.details.organisation')}
              value={
                user.organisation
                  ? organisationName(user.organisation, language)
                  : t('profile.details.noOrganisation')
              }
              readOnly
              variant="filled"
            />
            <Group gap="xs" wrap="wrap">
              <Text size="sm" c="dimmed">
                {t('profile.record.confirmedOn', {
                  date: formatDate(user.recordConfirmedAt, language),
                })}
              </Text>
              <Anchor component={Link} to="/confirm-record" size="sm" w="fit-content">
                {t('profile.details.changeRecord')}
              </Anchor>
            </Group>
          </Stack>
          <TextInput
            label={t('profile.details.position')}
            autoComplete="organization-title"
            {...form.getInputProps('position')}
          />
          <TagsInput
            label={t('profile.details.expertise')}
            description={t('profile.details.expertiseHint')}
            maxTags={MAX_EXPERTISE}
            clearable
            {...form.getInputProps('expertise')}
          />
          <MultiSelect
            label={t('profile.details.languages')}
            data={languageOptions}
            searchable
            clearable
            {...form.getInputProps('languages')}
          />
          <TextInput
            label={t('profile.details.phone')}
            type="tel"
            autoComplete="tel"
            {...form.getInputProps('phone')}
          />
          <Radio.Group
            label={t('profile.details.contactVisibility')}
            {...form.getInputProps('contactVisibility')}
          >
            <Group mt="xs" gap="lg">
              <Radio value="MEMBERS" label={t('profile.details.visibility.MEMBERS')} />
              <Radio value="STAFF" label={t('profile.details.visibility.STAFF')} />
            </Group>
          </Radio.Group>
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              {t('profile.details.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ProfileSection>
  );
}
