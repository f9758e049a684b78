import { useMutation } from '@apollo/client/react';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NavigationState } from '@web/app/navigation';
import { useCurrentUser } from '@web/auth/current-user';
import { useSession } from '@web/auth/session.context';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { NewPasswordFields } from '@web/ui/new-password-fields';
import { personalWords } from '@web/ui/password-rules';
import { useNewPasswordForm } from '@web/ui/use-new-password-form';
import { CHANGE_PASSWORD } from './profile.operations';
import { ProfileSection } from './section';

/** Changing the password ends every session: afterwards, sign in again with the new one. */
export function ChangePasswordSection() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const session = useSession();
  const navigate = useNavigate();
  const [changePassword, { loading, error, reset }] = useMutation(CHANGE_PASSWORD);
  const { form, fields } = useNewPasswordForm(
    personalWords([user.firstName, user.lastName, user.email]),
    true,
  );
  const code = error ? apiErrorOf(error).code : null;

  const submit = form.onSubmit(async ({ current, password }) => {
    reset();
    try {
      await changePassword({
        variables: { input: { currentPassword: current, newPassword: password } },
      });
      // The server has ended every session, this one included.
      session.endLocally('passwordChanged');
      const state: NavigationState = { notice: 'passwordChanged' };
      await navigate('/sign-in', { replace: true, state });
    } catch (failure) {
      const failed = apiErrorOf(failure).code;
      if (failed === 'WRONG_PASSWORD') form.setFieldError('current', t('errors.WRONG_PASSWORD'));
      if (failed === 'WEAK_PASSWORD') form.setFieldError('password', t('errors.WEAK_PASSWORD'));
    }
  });

  return (
    <ProfileSection title={t('profile.password.title')} hint={t('profile.password.hint')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md" maw={440}>
          {error && code !== 'WRONG_PASSWORD' && code !== 'WEAK_PASSWORD' && (
            <ApiErrorAlert error={error} />
          )}
          <PasswordInput
            label={t('profile.password.current')}
            autoComplete="current-password"
            required
            {...form.getInputProps('current')}
          />
          <NewPasswordFields {...fields} />
          <Group>
            <Button type="submit" loading={loading}>
              {t('profile.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ProfileSection>
  );
}
