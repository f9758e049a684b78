import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Skeleton, Stack, Text } from '@mantine/core';
import { notify } from '@web/ui/notify';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '@web/auth/session.context';
import { ACCEPT_INVITATION } from '@web/auth/session.operations';
import { useLocale } from '@web/i18n/format';
import { organisationName } from '@web/organisations/organisation-name';
import { ORGANISATION } from '@web/organisations/organisation.operations';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { AlertIcon } from '@web/ui/icons';
import { NewPasswordFields } from '@web/ui/new-password-fields';
import { PageHeader } from '@web/ui/page-header';
import { personalWords } from '@web/ui/password-rules';
import { LoadingState } from '@web/ui/query-state';
import { useNewPasswordForm } from '@web/ui/use-new-password-form';
import { INVITATION } from './invitation.operations';

/** `/invitation?token=…`, the link in an invitation e-mail: set a password, and be signed in. */
export default function InvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';

  return (
    <Stack gap="md">
      <PageHeader title={t('invitation.title')} />
      {token ? (
        <Invitation token={token} />
      ) : (
        <Alert color="red" icon={<AlertIcon />} role="alert">
          {t('invitation.missingToken')}
        </Alert>
      )}
    </Stack>
  );
}

function Invitation({ token }: { token: string }) {
  const { t } = useTranslation();
  const { language, formatDate } = useLocale();
  const invitation = useQuery(INVITATION, { variables: { token }, fetchPolicy: 'network-only' });
  const organisationId = invitation.data?.invitation.organisationId;
  const organisation = useQuery(ORGANISATION, {
    variables: { id: organisationId ?? '' },
    skip: !organisationId,
  });

  if (invitation.loading) return <LoadingState />;
  if (invitation.error || !invitation.data) {
    const invalid = apiErrorOf(invitation.error).code === 'INVALID_INVITATION';
    return (
      <Stack>
        <ApiErrorAlert
          error={invitation.error}
          onRetry={invalid ? undefined : () => void invitation.refetch()}
        />
        <Anchor component={Link} to="/sign-in" size="sm">
          {t('common.backToSignIn')}
        </Anchor>
      </Stack>
    );
  }

  const preview = invitation.data.invitation;
  const name = `${preview.firstName} ${preview.lastName}`;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text fw={600} size="lg">
          {t('invitation.for', { name })}
        </Text>
        <Detail label={t('invitation.emailLabel')}>{preview.email}</Detail>
        {organisationId && (
          <Detail label={t('invitation.organisationLabel')}>
            {organisation.data ? (
              organisationName(organisation.data.organisation, language)
            ) : (
              <Skeleton component="span" h={14} w={160} display="inline-block" />
            )}
          </Detail>
        )}
        <Detail label={t('invitation.validUntilLabel')}>{formatDate(preview.expiresAt)}</Detail>
      </Stack>
      <Text size="sm">{t('invitation.intro')}</Text>
      <AcceptForm
        token={token}
        words={personalWords([preview.firstName, preview.lastName, preview.email])}
        firstName={preview.firstName}
      />
    </Stack>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}

function AcceptForm({
  token,
  words,
  firstName,
}: {
  token: string;
  words: string[];
  firstName: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const [accept, { loading, error, reset }] = useMutation(ACCEPT_INVITATION);
  const { form, fields } = useNewPasswordForm(words);

  const submit = form.onSubmit(async ({ password }) => {
    reset();
    try {
      const { data } = await accept({ variables: { input: { token, password } } });
      if (!data) return;
      await session.signIn(data.acceptInvitation);
      notify({ color: 'green', message: t('invitation.welcome', { name: firstName }) });
      await navigate('/', { replace: true });
    } catch (failure) {
      if (apiErrorOf(failure).code === 'WEAK_PASSWORD') {
        form.setFieldError('password', t('errors.WEAK_PASSWORD'));
      }
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {error && apiErrorOf(error).code !== 'WEAK_PASSWORD' && <ApiErrorAlert error={error} />}
        <NewPasswordFields {...fields} />
        <Button type="submit" loading={loading} fullWidth size="md">
          {t('invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
