import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@web/auth/session.operations';
import { i18next } from '@web/i18n/i18n';
import { OrganisationSelect } from '@web/organisations/organisation-select';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { all, email, maxLength, required, useRevalidateOnLanguageChange } from '@web/ui/form';
import { notify } from '@web/ui/notify';
import { INVITE_USER, ROLES } from './admin.operations';
import { useAdminRole } from './use-admin-role';

interface InviteValues {
  email: string;
  firstName: string;
  lastName: string;
  position: string;
  organisationId: string | null;
  role: Role;
}

/**
 * Invites a person into an organisation: the platform e-mails them a link to set a password.
 * Staff invite members; administrators also staff and administrators.
 */
export function InviteForm({ onInvited }: { onInvited(): void }) {
  const { t } = useTranslation();
  const { isAdmin } = useAdminRole();
  const headingId = useId();
  const [invite, { loading, error, reset }] = useMutation(INVITE_USER);
  const form = useForm<InviteValues>({
    initialValues: {
      email: '',
      firstName: '',
      lastName: '',
      position: '',
      organisationId: null,
      role: 'MEMBER',
    },
    validate: {
      email,
      firstName: all(required, maxLength(100)),
      lastName: all(required, maxLength(100)),
      position: maxLength(200),
      organisationId: (value) =>
        value ? null : i18next.t('admin.invitations.organisationRequired'),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    reset();
    try {
      await invite({
        variables: {
          input: {
            email: values.email.trim(),
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            organisationId: values.organisationId as string,
            role: values.role,
            ...(values.position.trim() ? { position: values.position.trim() } : {}),
          },
        },
      });
      notify({
        color: 'green',
        message: t('admin.invitations.sent', { email: values.email.trim() }),
      });
      form.reset();
      onInvited();
    } catch (failure) {
      if (apiErrorOf(failure).code === 'EMAIL_TAKEN') {
        form.setFieldError('email', t('errors.EMAIL_TAKEN'));
      }
    }
  });

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md">
      <Title order={2} size="h3" id={headingId} mb="md">
        {t('admin.invitations.invite')}
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {error && apiErrorOf(error).code !== 'EMAIL_TAKEN' && <ApiErrorAlert error={error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('admin.invitations.firstName')}
              required
              autoComplete="off"
              {...form.getInputProps('firstName')}
            />
            <TextInput
              label={t('admin.invitations.lastName')}
              required
              autoComplete="off"
              {...form.getInputProps('lastName')}
            />
            <TextInput
              label={t('admin.invitations.email')}
              type="email"
              required
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            <TextInput
              label={t('admin.invitations.position')}
              autoComplete="off"
              {...form.getInputProps('position')}
            />
            <OrganisationSelect
              label={t('admin.invitations.organisation')}
              required
              value={form.getValues().organisationId}
              onChange={(id) => form.setFieldValue('organisationId', id)}
              error={form.errors['organisationId']}
            />
            {isAdmin && (
              <Select
                label={t('admin.invitations.role')}
                allowDeselect={false}
                data={ROLES.map((role) => ({ value: role, label: t(`profile.roles.${role}`) }))}
                {...form.getInputProps('role')}
              />
            )}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              {t('admin.invitations.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
