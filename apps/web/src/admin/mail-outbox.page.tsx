import { Badge, Button, Code, Stack } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@web/i18n/format';
import { PageHeader } from '@web/ui/page-header';
import type { MailMessage } from './admin.operations';
import { MAIL_OUTBOX } from './admin.operations';
import { AdminRow } from './admin-row';
import { ADMIN_PAGE_SIZE, PagedList, usePagedQuery } from './paged-list';

function statusOf(message: MailMessage): { key: 'sent' | 'failed' | 'queued'; color: string } {
  if (message.sentAt) return { key: 'sent', color: 'green' };
  if (message.lastError) return { key: 'failed', color: 'red' };
  return { key: 'queued', color: 'gray' };
}

/** A message's text, shown on demand. */
function MailBody({ body }: { body: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <Stack gap="xs" mt="xs" align="flex-start">
      <Button
        variant="subtle"
        size="compact-sm"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown((value) => !value)}
      >
        {t(shown ? 'admin.mail.hideBody' : 'admin.mail.showBody')}
      </Button>
      {shown && (
        <Code block id={id} w="100%" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {body}
        </Code>
      )}
    </Stack>
  );
}

/** The mail the platform sent or has queued, newest first: to check that a message went out. */
export default function MailOutboxPage() {
  const { t } = useTranslation();
  const { formatRelative } = useLocale();
  const list = usePagedQuery(MAIL_OUTBOX, { first: ADMIN_PAGE_SIZE }, (data) => data.mailOutbox);

  return (
    <Stack gap="lg">
      <PageHeader title={t('admin.mail.title')} description={t('admin.mail.intro')} />
      <PagedList
        list={list}
        label={t('admin.mail.title')}
        empty={t('admin.mail.empty')}
        renderItem={(message) => {
          const status = statusOf(message);
          return (
            <AdminRow
              key={message.id}
              title={message.subject}
              badges={
                <Badge variant="light" color={status.color}>
                  {t(`admin.mail.status.${status.key}`)}
                </Badge>
              }
              details={
                <>
                  {t('admin.mail.to', { recipient: message.recipient })} ·{' '}
                  {formatRelative(message.sentAt ?? message.createdAt)}
                  {message.lastError && !message.sentAt && (
                    <>
                      <br />
                      {t('admin.mail.error', { error: message.lastError })}
                    </>
                  )}
                </>
              }
            >
              <MailBody body={message.body} />
            </AdminRow>
          );
        }}
      />
    </Stack>
  );
}
