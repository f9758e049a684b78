import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { noticeOf, safeReturnPath } from '@web/app/navigation';
import { useSession } from '@web/auth/session.context';
import { LOGIN } from '@web/auth/session.operations';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { email, required, useRevalidateOnLanguageChange } from '@web/ui/form';
import { InfoIcon } from '@web/ui/icons';
import { PageHeader } from '@web/ui/page-header';
import { useCountdown } from '@web/ui/use-countdown';

export default function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const [login, { loading, error, reset }] = useMutation(LOGIN);
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(blockedUntil);
  const notice = noticeOf(location.state);

  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email, password: required },
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    reset();
    try {
      const { data } = await login({
        variables: { input: { email: values.email.trim(), password: values.password } },
      });
      if (!data) return;
      await session.signIn(data.login);
      await navigate(safeReturnPath(location.state) ?? '/', { replace: true });
    } catch (failure) {
      const { retryAfter } = apiErrorOf(failure);
      setBlockedUntil(retryAfter ? Date.now() + retryAfter * 1000 : null);
      if (apiErrorOf(failure).code === 'INVALID_CREDENTIALS') form.setFieldValue('password', '');
    }
  });

  const blocked = secondsLeft > 0;

  return (
    <Stack gap="md">
      <PageHeader title={t('signIn.title')} description={t('signIn.intro')} />
      {notice && !error && (
        <Alert color="blue" icon={<InfoIcon />} role="status">
          {t(`notices.${notice}`)}
        </Alert>
      )}
      {error && <ApiErrorAlert error={error} secondsLeft={blocked ? secondsLeft : undefined} />}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end" mt={-6}>
            <Anchor component={Link} to="/reset-password" size="sm">
              {t('signIn.forgotPassword')}
            </Anchor>
          </Group>
          <Button type="submit" loading={loading} disabled={blocked} fullWidth size="md">
            {blocked ? t('signIn.retryIn', { seconds: secondsLeft }) : t('signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        {t('signIn.noAccount')}{' '}
        <Anchor component={Link} to="/request-access">
          {t('signIn.requestAccess')}
        </Anchor>
      </Text>
    </Stack>
  );
}
