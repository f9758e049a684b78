import { useMutation } from '@apollo/client/react';
import { Badge, Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@web/i18n/format';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { notify } from '@web/ui/notify';
import { PageHeader } from '@web/ui/page-header';
import type { Invitation } from './admin.operations';
import { INVITATIONS, REVOKE_INVITATION } from './admin.operations';
import { AdminRow } from './admin-row';
import { InviteForm } from './invite-form';
import { OrganisationLabel } from './organisation-label';
import { ADMIN_PAGE_SIZE, PagedList, usePagedQuery } from './paged-list';

/** Invitations: invite someone, and the open invitations, which can be revoked. */
export default function InvitationsPage() {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  const [revoke, revoking] = useMutation(REVOKE_INVITATION);
  const list = usePagedQuery(INVITATIONS, { first: ADMIN_PAGE_SIZE }, (data) => data.invitations);

  const revokeInvitation = async (invitation: Invitation) => {
    revoking.reset();
    try {
      await revoke({ variables: { id: invitation.id } });
      notify({
        color: 'green',
        message: t('admin.invitations.revoked', { email: invitation.email }),
      });
      list.refetch();
    } catch {
      // Shown from `revoking.error`.
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('admin.invitations.title')} description={t('admin.invitations.intro')} />
      <InviteForm onInvited={list.refetch} />
      <Stack gap="sm" component="section" aria-labelledby="open-invitations">
        <Title order={2} size="h3" id="open-invitations">
          {t('admin.invitations.open')}
        </Title>
        {revoking.error && <ApiErrorAlert error={revoking.error} />}
        <PagedList
          list={list}
          label={t('admin.invitations.open')}
          empty={t('admin.invitations.empty')}
          renderItem={(invitation) => (
            <AdminRow
              key={invitation.id}
              title={`${invitation.firstName} ${invitation.lastName}`}
              badges={
                invitation.role !== 'MEMBER' && (
                  <Badge variant="light">{t(`profile.roles.${invitation.role}`)}</Badge>
                )
              }
              details={
                <>
                  {invitation.email} · <OrganisationLabel id={invitation.organisationId} />
                  <br />
                  {t('admin.invitations.dates', {
                    sent: formatDate(invitation.createdAt),
                    expires: formatDate(invitation.expiresAt),
                  })}
                </>
              }
              actions={
                <Button
                  size="xs"
                  variant="outline"
                  color="red"
                  loading={revoking.loading}
                  onClick={() => void revokeInvitation(invitation)}
                  aria-label={t('admin.invitations.revokeFor', { email: invitation.email })}
                >
                  {t('admin.invitations.revoke')}
                </Button>
              }
            />
          )}
        />
      </Stack>
    </Stack>
  );
}
