import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { i18next } from '@web/i18n/i18n';
import { OrganisationSelect } from '@web/organisations/organisation-select';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { all, email, maxLength, required, useRevalidateOnLanguageChange } from '@web/ui/form';
import { CheckIcon } from '@web/ui/icons';
import { PageHeader } from '@web/ui/page-header';
import { REQUEST_REGISTRATION } from './registration.operations';

interface RequestAccessValues {
  email: string;
  firstName: string;
  lastName: string;
  organisationId: string | null;
  position: string;
  message: string;
}

/** Self-registration: a request the association's staff review before inviting the person. */
export default function RequestAccessPage() {
  const { t } = useTranslation();
  const [requestRegistration, { loading, error, reset }] = useMutation(REQUEST_REGISTRATION);
  const [sent, setSent] = useState<{ name: string; email: string } | null>(null);

  const form = useForm<RequestAccessValues>({
    initialValues: {
      email: '',
      firstName: '',
      lastName: '',
      organisationId: null,
      position: '',
      message: '',
    },
    validate: {
      email: all(email, maxLength(254)),
      firstName: all(required, maxLength(100)),
      lastName: all(required, maxLength(100)),
      organisationId: (value) => (value ? null : i18next.t('validation.organisation')),
      position: maxLength(200),
      message: maxLength(2000),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    reset();
    const position = values.position.trim();
    const message = values.message.trim();
    try {
      await requestRegistration({
        variables: {
          input: {
            email: values.email.trim(),
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            organisationId: values.organisationId ?? '',
            ...(position ? { position } : {}),
            ...(message ? { message } : {}),
          },
        },
      });
      setSent({ name: values.firstName.trim(), email: values.email.trim() });
    } catch (failure) {
      if (apiErrorOf(failure).code === 'UNKNOWN_ORGANISATION') {
        form.setFieldError('organisationId', t('errors.UNKNOWN_ORGANISATION'));
      }
    }
  });

  if (sent) {
    return (
      <Stack gap="md">
        <PageHeader title={t('requestAccess.sentTitle')} />
        <Alert color="green" icon={<CheckIcon />} role="status">
          {t('requestAccess.sent', sent)}
        </Alert>
        <Anchor component={Link} to="/sign-in">
          {t('common.backToSignIn')}
        </Anchor>
      </Stack>
    );
  }

  const code = error ? apiErrorOf(error).code : null;
  return (
    <Stack gap="md">
      <PageHeader title={t('requestAccess.title')} description={t('requestAccess.intro')} />
      {error && code !== 'UNKNOWN_ORGANISATION' && (
        <ApiErrorAlert error={error}>
          {code === 'EMAIL_TAKEN' && (
            <Group gap="md">
              <Anchor component={Link} to="/sign-in" size="sm">
                {t('signIn.submit')}
              </Anchor>
              <Anchor component={Link} to="/reset-password" size="sm">
                {t('signIn.forgotPassword')}
              </Anchor>
            </Group>
          )}
        </ApiErrorAlert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('requestAccess.email')}
            description={t('requestAccess.emailHint')}
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            {...form.getInputProps('email')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <TextInput
              label={t('requestAccess.firstName')}
              autoComplete="given-name"
              required
              {...form.getInputProps('firstName')}
            />
            <TextInput
              label={t('requestAccess.lastName')}
              autoComplete="family-name"
              required
              {...form.getInputProps('lastName')}
            />
          </SimpleGrid>
          <OrganisationSelect
            label={t('requestAccess.organisation')}
            required
            value={form.values.organisationId}
            onChange={(id) => form.setFieldValue('organisationId', id)}
            error={form.errors['organisationId']}
          />
          <TextInput
            label={t('requestAccess.position')}
            description={t('requestAccess.positionHint')}
            autoComplete="organization-title"
            {...form.getInputProps('position')}
          />
          <Textarea
            label={t('requestAccess.message')}
            description={t('requestAccess.messageHint')}
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps('message')}
          />
          <Button type="submit" loading={loading} fullWidth size="md">
            {t('requestAccess.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        {t('requestAccess.haveAccount')}{' '}
        <Anchor component={Link} to="/sign-in">
          {t('signIn.submit')}
        </Anchor>
      </Text>
    </Stack>
  );
}
