import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Skeleton,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLocale } from '@web/i18n/format';
import type { NetworkSummary } from '@web/networks/network.operations';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { PinIcon } from '@web/ui/icons';
import type { ThreadSummary } from './discussion.operations';
import { CREATE_THREAD, THREADS } from './discussion.operations';
import { useNetworkRoom } from './live-socket';
import { MarkdownEditor } from './markdown-editor';
import { useMentionCandidates } from './use-mention-candidates';

const PAGE = 20;

/** Badges for a thread's state: pinned, locked, waiting for review, hidden. */
export function ThreadBadges({ thread }: { thread: ThreadSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      {thread.pinned && (
        <Badge variant="light" color="orange" leftSection={<PinIcon size={12} />}>
          {t('threads.pinned')}
        </Badge>
      )}
      {thread.locked && (
        <Badge variant="light" color="gray">
          {t('threads.locked')}
        </Badge>
      )}
      {thread.status === 'HELD' && (
        <Badge variant="light" color="yellow">
          {t('threads.held')}
        </Badge>
      )}
      {thread.status === 'HIDDEN' && (
        <Badge variant="light" color="red">
          {t('threads.hidden')}
        </Badge>
      )}
    </Group>
  );
}

function ThreadItem({ thread }: { thread: ThreadSummary }) {
  const { t } = useTranslation();
  const { formatRelative, formatDate } = useLocale();
  return (
    <Card withBorder radius="md" padding="md" component="li">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Anchor
            component={Link}
            to={`/threads/${thread.id}`}
            fw={600}
            size="lg"
            style={{ overflowWrap: 'anywhere' }}
          >
            {thread.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('threads.startedBy', { name: thread.author.displayName })}
            {' · '}
            {t('threads.replies', { count: thread.replyCount })}
            {' · '}
            <time dateTime={thread.lastActivityAt} title={formatDate(thread.lastActivityAt)}>
              {t('threads.lastActivity', { when: formatRelative(thread.lastActivityAt) })}
            </time>
          </Text>
          {thread.tags.length > 0 && (
            <Group gap={4}>
              {thread.tags.map((tag) => (
                <Badge key={tag} variant="outline" size="sm" color="gray">
                  {tag}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
        <ThreadBadges thread={thread} />
      </Group>
    </Card>
  );
}

/**
 * A network's threads: pinned first, then by latest activity; new threads and replies arrive
 * live through the network's room. Members open new threads.
 */
export function NetworkThreads({
  network,
  canPost,
}: {
  network: NetworkSummary;
  canPost: boolean;
}) {
  const { t } = useTranslation();
  const threads = useQuery(THREADS, { variables: { networkId: network.id, first: PAGE } });
  const [creating, setCreating] = useState(false);
  const refetchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // A new thread or a reply changes the order: fetch the first page again, once per burst.
  const refresh = () => {
    if (refetchTimer.current) clearTimeout(refetchTimer.current);
    refetchTimer.current = setTimeout(() => void threads.refetch().catch(() => undefined), 500);
  };
  useNetworkRoom(network.id, {
    'thread:created': refresh,
    'post:created': refresh,
    'thread:locked': refresh,
    'thread:pinned': refresh,
  });

  const nodes = threads.data?.threads.nodes ?? [];
  const pageInfo = threads.data?.threads.pageInfo;

  return (
    <Stack gap="md">
      {canPost && (
        <Group justify="flex-end">
          <Button onClick={() => setCreating(true)}>{t('threads.new')}</Button>
        </Group>
      )}
      {threads.error && !threads.data ? (
        <ApiErrorAlert error={threads.error} onRetry={() => void threads.refetch()} />
      ) : !threads.data ? (
        <Stack gap="md" aria-busy="true">
          <Text className="visually-hidden" role="status">
            {t('common.loading')}
          </Text>
          <Skeleton height={80} radius="md" />
          <Skeleton height={80} radius="md" />
        </Stack>
      ) : nodes.length === 0 ? (
        <Text c="dimmed">{t('threads.empty')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label={t('threads.listLabel')}
        >
          {nodes.map((thread) => (
            <ThreadItem key={thread.id} thread={thread} />
          ))}
        </Stack>
      )}
      {pageInfo?.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={threads.loading}
            onClick={() => void threads.fetchMore({ variables: { after: pageInfo.endCursor } })}
          >
            {t('threads.loadMore')}
          </Button>
        </Group>
      )}
      <NewThreadModal network={network} opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function NewThreadModal({
  network,
  opened,
  onClose,
}: {
  network: NetworkSummary;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CREATE_THREAD);
  const candidates = useMentionCandidates(network.id, opened);
  const people = useMemo(() => candidates, [candidates]);

  const submit = async () => {
    setError(null);
    try {
      const result = await create({
        variables: { input: { networkId: network.id, title: title.trim(), body, tags } },
      });
      const id = result.data?.createThread.id;
      setTitle('');
      setBody('');
      setTags([]);
      onClose();
      if (id) void navigate(`/threads/${id}`);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('threads.newTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack
        gap="md"
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextInput
          label={t('threads.titleLabel')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          maxLength={200}
          required
          data-autofocus
        />
        <MarkdownEditor
          label={t('threads.bodyLabel')}
          value={body}
          onChange={setBody}
          candidates={people}
          minRows={6}
        />
        <TagsInput
          label={t('threads.tagsLabel')}
          description={t('threads.tagsHint')}
          value={tags}
          onChange={setTags}
          maxTags={10}
          clearable
        />
        {error !== null && <ApiErrorAlert error={error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('networks.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={!title.trim() || !body.trim()}>
            {t('threads.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
