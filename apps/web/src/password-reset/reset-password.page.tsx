import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { NavigationState } from '@web/app/navigation';
import { useSession } from '@web/auth/session.context';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { email, useRevalidateOnLanguageChange } from '@web/ui/form';
import { CheckIcon } from '@web/ui/icons';
import { NewPasswordFields } from '@web/ui/new-password-fields';
import { PageHeader } from '@web/ui/page-header';
import { useNewPasswordForm } from '@web/ui/use-new-password-form';
import { REQUEST_PASSWORD_RESET, RESET_PASSWORD } from './password-reset.operations';

/**
 * `/reset-password`: asks for the reset link by e-mail; `/reset-password?token=…`, the link
 * itself: choose the new password.
 */
export default function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token')?.trim();
  return token ? <ChooseNewPassword token={token} /> : <RequestResetLink />;
}

function RequestResetLink() {
  const { t } = useTranslation();
  const [request, { loading, error }] = useMutation(REQUEST_PASSWORD_RESET);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({ initialValues: { email: '' }, validate: { email } });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    const address = values.email.trim();
    try {
      await request({ variables: { email: address } });
      setSentTo(address);
    } catch {
      // Shown from `error`.
    }
  });

  if (sentTo) {
    return (
      <Stack gap="md">
        <PageHeader title={t('resetRequest.sentTitle')} />
        <Alert color="green" icon={<CheckIcon />} role="status">
          {t('resetRequest.sent', { email: sentTo })}
        </Alert>
        <Anchor component={Link} to="/sign-in">
          {t('common.backToSignIn')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <PageHeader title={t('resetRequest.title')} description={t('resetRequest.intro')} />
      {error && <ApiErrorAlert error={error} />}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('resetRequest.email')}
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            {...form.getInputProps('email')}
          />
          <Button type="submit" loading={loading} fullWidth size="md">
            {t('resetRequest.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/sign-in" size="sm">
        {t('common.backToSignIn')}
      </Anchor>
    </Stack>
  );
}

function ChooseNewPassword({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const [resetPassword, { loading, error, reset }] = useMutation(RESET_PASSWORD);
  const { form, fields } = useNewPasswordForm([]);
  const invalidLink = apiErrorOf(error).code === 'INVALID_RESET_TOKEN';

  const submit = form.onSubmit(async ({ password }) => {
    reset();
    try {
      await resetPassword({ variables: { input: { token, newPassword: password } } });
      // The server ends every session of the account, this device's included.
      session.endLocally('passwordReset');
      const state: NavigationState = { notice: 'passwordReset' };
      await navigate('/sign-in', { replace: true, state });
    } catch (failure) {
      if (apiErrorOf(failure).code === 'WEAK_PASSWORD') {
        form.setFieldError('password', t('errors.WEAK_PASSWORD'));
      }
    }
  });

  return (
    <Stack gap="md">
      <PageHeader title={t('resetPassword.title')} description={t('resetPassword.intro')} />
      {error && apiErrorOf(error).code !== 'WEAK_PASSWORD' && (
        <ApiErrorAlert error={error}>
          {invalidLink && (
            <Text size="sm">
              <Anchor component={Link} to="/reset-password">
                {t('resetPassword.requestNew')}
              </Anchor>
            </Text>
          )}
        </ApiErrorAlert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <NewPasswordFields {...fields} />
          <Button type="submit" loading={loading} fullWidth size="md">
            {t('resetPassword.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/sign-in" size="sm">
        {t('common.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
