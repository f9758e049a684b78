import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notify } from '@web/ui/notify';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { safeReturnPath } from '@web/app/navigation';
import { useCurrentUser } from '@web/auth/current-user';
import { useSession } from '@web/auth/session.context';
import { i18next } from '@web/i18n/i18n';
import { OrganisationSelect } from '@web/organisations/organisation-select';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { all, maxLength, required, useRevalidateOnLanguageChange } from '@web/ui/form';
import { InfoIcon } from '@web/ui/icons';
import { PageHeader } from '@web/ui/page-header';
import { CONFIRM_RECORD } from './record.operations';

/**
 * "Confirm your record": organisation and position. Shown before anything else while the record
 * is due (staff turnover in municipalities makes member records go stale), and open any time
 * from the profile to correct them.
 */
export default function ConfirmRecordPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [confirmRecord, { loading, error, reset }] = useMutation(CONFIRM_RECORD);

  const form = useForm<{ organisationId: string | null; position: string }>({
    initialValues: { organisationId: user.organisationId, position: user.position ?? '' },
    validate: {
      organisationId: (value) => (value ? null : i18next.t('validation.organisation')),
      position: all(required, maxLength(200)),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    reset();
    try {
      await confirmRecord({
        variables: {
          input: { organisationId: values.organisationId ?? '', position: values.position.trim() },
        },
      });
      notify({ color: 'green', message: t('record.confirmed') });
      await navigate(safeReturnPath(location.state) ?? '/', { replace: true });
    } catch (failure) {
      if (apiErrorOf(failure).code === 'UNKNOWN_ORGANISATION') {
        form.setFieldError('organisationId', t('errors.UNKNOWN_ORGANISATION'));
      }
    }
  });

  return (
    <Stack maw={640} mx="auto" gap="md">
      <PageHeader title={t('record.title')} description={t('record.intro')} />
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            {error && apiErrorOf(error).code !== 'UNKNOWN_ORGANISATION' && (
              <ApiErrorAlert error={error} />
            )}
            <OrganisationSelect
              label={t('record.organisation')}
              required
              value={form.values.organisationId}
              onChange={(id) => form.setFieldValue('organisationId', id)}
              error={form.errors['organisationId']}
              initialOrganisation={user.organisation}
            />
            <TextInput
              label={t('record.position')}
              autoComplete="organization-title"
              required
              {...form.getInputProps('position')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={loading} size="md">
                {t('record.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {user.recordReconfirmationDue && (
        <Alert color="gray" variant="light" icon={<InfoIcon />}>
          <Stack gap="xs" align="flex-start">
            {t('record.leftHint')}
            <Button variant="default" size="xs" onClick={() => void session.signOut()}>
              {t('common.signOut')}
            </Button>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
