import { useMutation } from '@apollo/client/react';
import { Blockquote, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@web/i18n/format';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { notify } from '@web/ui/notify';
import { PageHeader } from '@web/ui/page-header';
import type { RegistrationRequest } from './admin.operations';
import { DECIDE_REGISTRATION, REGISTRATION_REQUESTS } from './admin.operations';
import { AdminRow } from './admin-row';
import { OrganisationLabel } from './organisation-label';
import { ADMIN_PAGE_SIZE, PagedList, usePagedQuery } from './paged-list';

const MAX_REASON = 2000;

/**
 * Requests to join from the public form. Approving e-mails an invitation; rejecting needs a
 * reason, which is e-mailed to the person.
 */
export default function RegistrationsPage() {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  const [decide, deciding] = useMutation(DECIDE_REGISTRATION);
  const [rejecting, setRejecting] = useState<RegistrationRequest | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const list = usePagedQuery(
    REGISTRATION_REQUESTS,
    { first: ADMIN_PAGE_SIZE },
    (data) => data.registrationRequests,
  );

  const submitDecision = async (request: RegistrationRequest, approve: boolean) => {
    deciding.reset();
    try {
      await decide({
        variables: {
          input: { requestId: request.id, approve, ...(approve ? {} : { reason: reason.trim() }) },
        },
      });
      notify({
        color: 'green',
        message: t(approve ? 'admin.registrations.approved' : 'admin.registrations.rejected', {
          email: request.email,
        }),
      });
      setRejecting(null);
      list.refetch();
    } catch {
      // Shown from `deciding.error`.
    }
  };

  const confirmReject = () => {
    if (!rejecting) return;
    if (!reason.trim()) return setReasonError(t('admin.registrations.reasonRequired'));
    if (reason.length > MAX_REASON)
      return setReasonError(t('validation.maxLength', { max: MAX_REASON }));
    void submitDecision(rejecting, false);
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('admin.registrations.title')}
        description={t('admin.registrations.intro')}
      />
      {deciding.error && !rejecting && <ApiErrorAlert error={deciding.error} />}
      <PagedList
        list={list}
        label={t('admin.registrations.title')}
        empty={t('admin.registrations.empty')}
        renderItem={(request) => {
          const name = `${request.firstName} ${request.lastName}`;
          return (
            <AdminRow
              key={request.id}
              title={name}
              details={
                <>
                  {[request.email, request.position].filter(Boolean).join(' · ')} ·{' '}
                  <OrganisationLabel id={request.organisationId} />
                  <br />
                  {t('admin.registrations.sentOn', { date: formatDate(request.createdAt) })}
                </>
              }
              actions={
                <>
                  <Button
                    size="xs"
                    loading={deciding.loading && !rejecting}
                    onClick={() => void submitDecision(request, true)}
                    aria-label={t('admin.registrations.approveFor', { name })}
                  >
                    {t('admin.registrations.approve')}
                  </Button>
                  <Button
                    size="xs"
                    variant="outline"
                    color="red"
                    onClick={() => {
                      deciding.reset();
                      setReason('');
                      setReasonError(null);
                      setRejecting(request);
                    }}
                    aria-label={t('admin.registrations.rejectFor', { name })}
                  >
                    {t('admin.registrations.reject')}
                  </Button>
                </>
              }
            >
              {request.message && (
                <Blockquote mt="sm" p="sm" color="gray">
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {request.message}
                  </Text>
                </Blockquote>
              )}
            </AdminRow>
          );
        }}
      />
      <Modal
        opened={rejecting !== null}
        onClose={() => setRejecting(null)}
        title={t('admin.registrations.rejectTitle', {
          name: rejecting ? `${rejecting.firstName} ${rejecting.lastName}` : '',
        })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          {deciding.error && <ApiErrorAlert error={deciding.error} />}
          <Textarea
            label={t('admin.registrations.reason')}
            description={t('admin.registrations.reasonHint')}
            required
            autosize
            minRows={3}
            data-autofocus
            value={reason}
            error={reasonError}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRejecting(null)}>
              {t('admin.cancel')}
            </Button>
            <Button color="red" loading={deciding.loading} onClick={confirmReject}>
              {t('admin.registrations.confirmReject')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
