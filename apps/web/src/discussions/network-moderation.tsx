import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '@web/i18n/format';
import { PostBody } from '@web/networks/post-body';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { notify } from '@web/ui/notify';
import type { FlagAction, FlagInQueue, HeldPost } from './discussion.operations';
import {
  FLAG_ACTIONS,
  HELD_POSTS,
  MODERATION_LOG,
  MODERATION_QUEUE,
  MODERATION_RULES,
  MUTE_MEMBER,
  MUTED_MEMBERS,
  RESOLVE_FLAG,
  REVIEW_HELD_POST,
  UNMUTE_MEMBER,
  UPDATE_MODERATION_RULES,
} from './discussion.operations';
import { ReasonDialog } from './thread-dialogs';
import { useMentionCandidates } from './use-mention-candidates';

const PAGE = 20;
type View = 'queue' | 'held' | 'muted' | 'rules' | 'log';
const VIEWS: View[] = ['queue', 'held', 'muted', 'rules', 'log'];

function Loading() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true">
      <Text className="visually-hidden" role="status">
        {t('common.loading')}
      </Text>
      <Skeleton height={100} radius="md" />
      <Skeleton height={100} radius="md" />
    </Stack>
  );
}

/** The coordinators' tools for one network: flags, held posts, mutes, rules and the log. */
export function NetworkModeration({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('queue');
  return (
    <Stack gap="md">
      <SegmentedControl
        value={view}
        onChange={(value) => setView(value as View)}
        data={VIEWS.map((value) => ({ value, label: t(`moderation.views.${value}`) }))}
        aria-label={t('moderation.viewsLabel')}
        fullWidth
        style={{ overflowX: 'auto' }}
      />
      {view === 'queue' && <FlagQueue networkId={networkId} />}
      {view === 'held' && <HeldQueue networkId={networkId} />}
      {view === 'muted' && <MutedMembers networkId={networkId} />}
      {view === 'rules' && <RulesForm networkId={networkId} />}
      {view === 'log' && <ModerationLog networkId={networkId} />}
    </Stack>
  );
}

function PostInContext({
  thread,
  post,
}: {
  thread: FlagInQueue['thread'];
  post: FlagInQueue['post'];
}) {
  const { t } = useTranslation();
  const { formatRelative, formatDate } = useLocale();
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={`/threads/${thread.id}#post-${post.id}`} fw={600}>
        {thread.title}
      </Anchor>
      <Text size="sm" c="dimmed">
        {t('thread.postBy', { name: post.author.displayName })}
        {' · '}
        <time dateTime={post.createdAt} title={formatDate(post.createdAt)}>
          {formatRelative(post.createdAt)}
        </time>
      </Text>
      <Card withBorder radius="sm" padding="xs" bg="gray.0">
        <PostBody body={post.body ?? ''} links={[]} />
      </Card>
    </Stack>
  );
}

function FlagQueue({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const { formatRelative } = useLocale();
  const queue = useQuery(MODERATION_QUEUE, {
    variables: { networkId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [resolve] = useMutation(RESOLVE_FLAG);
  const [acting, setActing] = useState<{ flag: FlagInQueue; action: FlagAction } | null>(null);

  if (queue.error && !queue.data)
    return <ApiErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />;
  if (!queue.data) return <Loading />;
  const flags = queue.data.moderationQueue.nodes;

  return (
    <Stack gap="md">
      {flags.length === 0 ? (
        <Text c="dimmed">{t('moderation.queueEmpty')}</Text>
      ) : (
        <Stack component="ul" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {flags.map((flag) => (
            <Card
              key={flag.id}
              withBorder
              radius="md"
              padding="md"
              component="li"
              aria-label={t('moderation.flagBy', { name: flag.flaggedBy.displayName })}
            >
              <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
                <Badge color="orange" variant="light">
                  {t(`flag.reasons.${flag.reason}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('moderation.flaggedBy', {
                    name: flag.flaggedBy.displayName,
                    when: formatRelative(flag.createdAt),
                  })}
                </Text>
              </Group>
              {flag.note && (
                <Text size="sm" mb="xs">
                  {t('moderation.note', { note: flag.note })}
                </Text>
              )}
              <PostInContext thread={flag.thread} post={flag.post} />
              <Group gap="xs" mt="sm" wrap="wrap">
                {FLAG_ACTIONS.map((action) => (
                  <Button
                    key={action}
                    size="xs"
                    variant={action === 'DISMISS' ? 'default' : 'light'}
                    color={action === 'DISMISS' ? undefined : action === 'WARN' ? 'yellow' : 'red'}
                    onClick={() => setActing({ flag, action })}
                  >
                    {t(`moderation.actions.${action}`)}
                  </Button>
                ))}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <ReasonDialog
        opened={acting !== null}
        title={acting ? t(`moderation.actionTitles.${acting.action}`) : ''}
        confirmLabel={acting ? t(`moderation.actions.${acting.action}`) : ''}
        required={acting?.action !== 'DISMISS'}
        color={acting?.action === 'DISMISS' ? 'blue' : 'red'}
        onClose={() => setActing(null)}
        onConfirm={async (reason) => {
          if (!acting) return;
          await resolve({
            variables: {
              input: { flagId: acting.flag.id, action: acting.action, reason: reason || null },
            },
          });
          notify({ message: t('moderation.resolved'), color: 'green' });
          await queue.refetch();
        }}
      />
    </Stack>
  );
}

function HeldQueue({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const held = useQuery(HELD_POSTS, {
    variables: { networkId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [review] = useMutation(REVIEW_HELD_POST);
  const [rejecting, setRejecting] = useState<HeldPost | null>(null);

  if (held.error && !held.data)
    return <ApiErrorAlert error={held.error} onRetry={() => void held.refetch()} />;
  if (!held.data) return <Loading />;
  const items = held.data.heldPosts.nodes;

  const approve = async (item: HeldPost) => {
    try {
      await review({ variables: { postId: item.post.id, approve: true } });
      notify({ message: t('moderation.approved'), color: 'green' });
      await held.refetch();
    } catch (caught) {
      notify({ message: t(`errors.${apiErrorOf(caught).code}`), color: 'red' });
    }
  };

  return (
    <Stack gap="md">
      {items.length === 0 ? (
        <Text c="dimmed">{t('moderation.heldEmpty')}</Text>
      ) : (
        <Stack component="ul" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <Card key={item.post.id} withBorder radius="md" padding="md" component="li">
              {item.post.moderationReason && (
                <Text size="sm" c="yellow.9" mb="xs">
                  {t('thread.heldWithReason', { reason: item.post.moderationReason })}
                </Text>
              )}
              <PostInContext thread={item.thread} post={item.post} />
              <Group gap="xs" mt="sm">
                <Button size="xs" color="green" onClick={() => void approve(item)}>
                  {t('moderation.approve')}
                </Button>
                <Button size="xs" variant="light" color="red" onClick={() => setRejecting(item)}>
                  {t('moderation.reject')}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <ReasonDialog
        opened={rejecting !== null}
        title={t('moderation.rejectTitle')}
        confirmLabel={t('moderation.reject')}
        onClose={() => setRejecting(null)}
        onConfirm={async (reason) => {
          if (!rejecting) return;
          await review({ variables: { postId: rejecting.post.id, approve: false, reason } });
          notify({ message: t('moderation.rejected'), color: 'green' });
          await held.refetch();
        }}
      />
    </Stack>
  );
}

/** A date `days` from today, as `<input type="date">` wants it. */
const dateInDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function MutedMembers({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  const muted = useQuery(MUTED_MEMBERS, {
    variables: { networkId },
    fetchPolicy: 'cache-and-network',
  });
  const people = useMentionCandidates(networkId);
  const [mute, { loading: muting }] = useMutation(MUTE_MEMBER);
  const [unmute] = useMutation(UNMUTE_MEMBER);
  const [userId, setUserId] = useState<string | null>(null);
  const [until, setUntil] = useState(dateInDays(7));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    if (!userId) return;
    setError(null);
    try {
      await mute({
        variables: {
          input: { networkId, userId, until: new Date(`${until}T23:59:00`).toISOString(), reason },
        },
      });
      setUserId(null);
      setReason('');
      notify({ message: t('moderation.mutedDone'), color: 'green' });
      await muted.refetch();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="mute-form">
        <Text fw={600} id="mute-form" mb="xs">
          {t('moderation.muteTitle')}
        </Text>
        <Stack gap="sm">
          <Select
            label={t('moderation.muteMember')}
            data={people.map((person) => ({ value: person.id, label: person.displayName }))}
            value={userId}
            onChange={setUserId}
            searchable
            required
          />
          <TextInput
            type="date"
            label={t('moderation.muteUntil')}
            value={until}
            min={dateInDays(0)}
            max={dateInDays(365)}
            onChange={(event) => setUntil(event.currentTarget.value)}
            required
          />
          <Textarea
            label={t('moderation.reasonLabel')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={1000}
            autosize
            minRows={2}
            required
          />
          {error !== null && <ApiErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button
              loading={muting}
              disabled={!userId || !until || !reason.trim()}
              onClick={() => void submit()}
            >
              {t('moderation.mute')}
            </Button>
          </Group>
        </Stack>
      </Card>
      {muted.error && !muted.data ? (
        <ApiErrorAlert error={muted.error} onRetry={() => void muted.refetch()} />
      ) : !muted.data ? (
        <Loading />
      ) : muted.data.mutedMembers.length === 0 ? (
        <Text c="dimmed">{t('moderation.mutedEmpty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {muted.data.mutedMembers.map((item) => (
            <Card key={item.id} withBorder radius="md" padding="sm" component="li">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Text fw={600}>{item.member.displayName}</Text>
                  <Text size="sm" c="dimmed">
                    {t('moderation.mutedUntil', {
                      date: formatDate(item.expiresAt),
                      name: item.mutedBy.displayName,
                    })}
                  </Text>
                  <Text size="sm">{t('notifications.reason', { reason: item.reason })}</Text>
                </Stack>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() =>
                    void unmute({ variables: { networkId, userId: item.member.id } }).then(
                      () => muted.refetch(),
                      (caught: unknown) =>
                        notify({ message: t(`errors.${apiErrorOf(caught).code}`), color: 'red' }),
                    )
                  }
                  aria-label={t('moderation.unmuteName', { name: item.member.displayName })}
                >
                  {t('moderation.unmute')}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

const lines = (text: string) =>
  text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean);

function RulesForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const rules = useQuery(MODERATION_RULES, { variables: { networkId } });
  const [update, { loading }] = useMutation(UPDATE_MODERATION_RULES);
  const [days, setDays] = useState<number>(0);
  const [keywords, setKeywords] = useState('');
  const [domains, setDomains] = useState('');
  const [error, setError] = useState<unknown>(null);
  const current = rules.data?.moderationRules;

  useEffect(() => {
    if (!current) return;
    setDays(current.holdNewMembersDays);
    setKeywords(current.heldKeywords.join('\n'));
    setDomains(current.heldLinkDomains.join('\n'));
  }, [current]);

  if (rules.error && !rules.data)
    return <ApiErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />;
  if (!rules.data) return <Loading />;

  const save = async () => {
    setError(null);
    try {
      await update({
        variables: {
          networkId,
          input: {
            holdNewMembersDays: days,
            heldKeywords: lines(keywords),
            heldLinkDomains: lines(domains),
          },
        },
      });
      notify({ message: t('moderation.rulesSaved'), color: 'green' });
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('moderation.rulesIntro')}
        </Text>
        <NumberInput
          label={t('moderation.holdDays')}
          description={t('moderation.holdDaysHint')}
          value={days}
          onChange={(value) => setDays(typeof value === 'number' ? value : Number(value) || 0)}
          min={0}
          max={365}
          allowDecimal={false}
        />
        <Textarea
          label={t('moderation.keywords')}
          description={t('moderation.keywordsHint')}
          value={keywords}
          onChange={(event) => setKeywords(event.currentTarget.value)}
          autosize
          minRows={3}
        />
        <Textarea
          label={t('moderation.domains')}
          description={t('moderation.domainsHint')}
          value={domains}
          onChange={(event) => setDomains(event.currentTarget.value)}
          autosize
          minRows={3}
        />
        {error !== null && <ApiErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button loading={loading} onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ModerationLog({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const { formatRelative, formatDate } = useLocale();
  const log = useQuery(MODERATION_LOG, {
    variables: { networkId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  if (log.error && !log.data)
    return <ApiErrorAlert error={log.error} onRetry={() => void log.refetch()} />;
  if (!log.data) return <Loading />;
  const { nodes, pageInfo } = log.data.moderationLog;
  return (
    <Stack gap="sm">
      {nodes.length === 0 ? (
        <Text c="dimmed">{t('moderation.logEmpty')}</Text>
      ) : (
        <Stack component="ol" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {nodes.map((entry) => (
            <Card key={entry.id} withBorder radius="sm" padding="sm" component="li">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text size="sm">
                  <Text span fw={600}>
                    {entry.actor.displayName}
                  </Text>{' '}
                  {t(`moderation.log.${entry.action}`)}
                  {entry.subject && (
                    <>
                      {' · '}
                      {entry.subject.displayName}
                    </>
                  )}
                </Text>
                <Text
                  size="xs"
                  c="dimmed"
                  component="time"
                  dateTime={entry.createdAt}
                  title={formatDate(entry.createdAt)}
                >
                  {formatRelative(entry.createdAt)}
                </Text>
              </Group>
              {entry.reason && (
                <Text size="sm" c="dimmed">
                  {t('notifications.reason', { reason: entry.reason })}
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      )}
      {pageInfo.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={log.loading}
            onClick={() => void log.fetchMore({ variables: { after: pageInfo.endCursor } })}
          >
            {t('moderation.logMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
