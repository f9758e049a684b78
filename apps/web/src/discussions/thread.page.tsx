import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Affix,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  CloseButton,
  Group,
  Menu,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '@web/auth/current-user';
import { useLocale } from '@web/i18n/format';
import { networkName } from '@web/networks/network-logic';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { ChevronDownIcon } from '@web/ui/icons';
import { notify } from '@web/ui/notify';
import { PageHeader } from '@web/ui/page-header';
import { PageSkeleton } from '@web/ui/query-state';
import type { ThreadPost, ThreadSummary } from './discussion.operations';
import {
  DELETE_THREAD_POST,
  HIDE_POST,
  LOCK_THREAD,
  MERGE_THREADS,
  MOVE_THREAD,
  PIN_THREAD,
  REPLY,
  RESTORE_POST,
  THREAD,
} from './discussion.operations';
import { MarkdownEditor } from './markdown-editor';
import { ThreadBadges } from './network-threads';
import { ConfirmDialog, FlagDialog, MergeDialog, MoveDialog, ReasonDialog } from './thread-dialogs';
import { excerptOf, ThreadPostCard } from './thread-post-card';
import { useMentionCandidates } from './use-mention-candidates';
import { appendPosts, useThreadLive } from './use-thread-live';

/** Posts loaded at once (the largest page); later ones with "show more". */
const PAGE = 100;
/** How close to the bottom counts as "reading the newest". */
const NEAR_BOTTOM_PX = 240;

const nearBottom = () =>
  window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - NEAR_BOTTOM_PX;

type ThreadWithPosts = ThreadSummary & {
  posts: { nodes: ThreadPost[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
};

/** A discussion: its posts, live, and the reply box; moderators get their tools. */
export default function ThreadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery(THREAD, { variables: { id, first: PAGE } });
  const thread = query.data?.thread;

  if (query.error && !thread) {
    const code = apiErrorOf(query.error).rawCode;
    const gone = code === 'THREAD_NOT_FOUND' || code === 'THREAD_DELETED';
    return (
      <>
        <PageHeader title={t('thread.title')} />
        <ApiErrorAlert error={query.error} onRetry={gone ? undefined : () => void query.refetch()}>
          {gone && <Text size="sm">{t('thread.notFound')}</Text>}
          <Anchor component={Link} to="/networks" size="sm">
            {t('networks.backToList')}
          </Anchor>
        </ApiErrorAlert>
      </>
    );
  }
  if (!thread) {
    return (
      <PageSkeleton>
        <Skeleton height={140} radius="md" />
        <Skeleton height={140} radius="md" />
      </PageSkeleton>
    );
  }
  return (
    <ThreadView
      thread={thread}
      refetch={() => void query.refetch().catch(() => undefined)}
      loadMore={() =>
        void query.fetchMore({ variables: { after: thread.posts.pageInfo.endCursor } })
      }
      loadingMore={query.loading}
    />
  );
}

function ThreadView({
  thread,
  refetch,
  loadMore,
  loadingMore,
}: {
  thread: ThreadWithPosts;
  refetch: () => void;
  loadMore: () => void;
  loadingMore: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const client = useApolloClient();
  const moderator = thread.viewerIsModerator;
  const people = useMentionCandidates(thread.network.id);
  const posts = thread.posts.nodes;
  const byId = useMemo(() => new Map(posts.map((post) => [post.id, post])), [posts]);
  const lastSeenPostId =
    [...posts].reverse().find((post) => post.status === 'PUBLISHED')?.id ?? null;

  useScrollToLinkedPost(posts);

  // "New replies" while the reader is further up: a marker before the first, and a button.
  const [firstNewId, setFirstNewId] = useState<string | null>(null);
  const [newCount, setNewCount] = useState(0);
  const onArrived = useCallback((arrived: ThreadPost[]) => {
    if (arrived.length === 0) return;
    if (nearBottom()) {
      requestAnimationFrame(() =>
        window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'smooth' }),
      );
      return;
    }
    setFirstNewId((current) => current ?? arrived[0]?.id ?? null);
    setNewCount((count) => count + arrived.length);
  }, []);
  useEffect(() => {
    const onScroll = () => {
      if (nearBottom()) setNewCount(0);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);
  const showNew = () => {
    setNewCount(0);
    if (firstNewId) {
      const element = document.getElementById(`post-${firstNewId}`);
      element?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      element?.focus();
    }
  };

  const onMoved = useCallback(
    (toThreadId: string) => {
      if (toThreadId !== thread.id) {
        notify({ message: t('thread.mergedNotice'), color: 'blue' });
        void navigate(`/threads/${toThreadId}`);
      } else {
        refetch();
      }
    },
    [thread.id, navigate, refetch, t],
  );

  const { typingUserIds, emitTyping, connected } = useThreadLive({
    threadId: thread.id,
    viewer: user,
    moderator,
    lastSeenPostId,
    people,
    onArrived,
    refetch,
    onMoved,
  });
  const typingNames = typingUserIds
    .map((id) => people.find((person) => person.id === id)?.displayName)
    .filter((name): name is string => !!name);

  // Reply box.
  const [body, setBody] = useState('');
  const [quote, setQuote] = useState<ThreadPost | null>(null);
  const [replyError, setReplyError] = useState<unknown>(null);
  const [reply, { loading: replying }] = useMutation(REPLY);
  const replyRef = useRef<HTMLDivElement>(null);
  const canReply = !thread.locked || moderator;

  const sendReply = async () => {
    setReplyError(null);
    try {
      const result = await reply({
        variables: { input: { threadId: thread.id, body, quotePostId: quote?.id ?? null } },
      });
      const post = result.data?.reply;
      if (post) appendPosts(client.cache, thread.id, [post]);
      setBody('');
      setQuote(null);
      if (post?.status === 'HELD') notify({ message: t('thread.heldNotice'), color: 'yellow' });
    } catch (caught) {
      setReplyError(caught);
    }
  };

  // Dialogs.
  const [flagging, setFlagging] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ThreadPost | null>(null);
  const [hiding, setHiding] = useState<ThreadPost | null>(null);
  const [moving, setMoving] = useState(false);
  const [merging, setMerging] = useState(false);
  const [deletePost] = useMutation(DELETE_THREAD_POST);
  const [hidePost] = useMutation(HIDE_POST);
  const [restorePost] = useMutation(RESTORE_POST);
  const [lockThread] = useMutation(LOCK_THREAD);
  const [pinThread] = useMutation(PIN_THREAD);
  const [moveThread] = useMutation(MOVE_THREAD);
  const [mergeThreads] = useMutation(MERGE_THREADS);

  const run = (task: Promise<unknown>, message: string) =>
    void task.then(
      () => notify({ message, color: 'green' }),
      (caught: unknown) =>
        notify({ message: t(`errors.${apiErrorOf(caught).code}`), color: 'red' }),
    );

  const networkPath = `/networks/${thread.network.slug}?tab=threads`;
  const name = networkName(thread.network, language);

  return (
    <>
      <Anchor component={Link} to={networkPath} size="sm">
        ← {name}
      </Anchor>
      <PageHeader title={thread.title} />
      <Group justify="space-between" align="center" gap="sm" mb="md" wrap="wrap">
        <Group gap="xs">
          <ThreadBadges thread={thread} />
          {thread.tags.map((tag) => (
            <Badge key={tag} variant="outline" color="gray" size="sm">
              {tag}
            </Badge>
          ))}
          {!connected && (
            <Badge variant="light" color="gray" role="status">
              {t('thread.reconnecting')}
            </Badge>
          )}
        </Group>
        {moderator && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button variant="default" rightSection={<ChevronDownIcon size={14} />}>
                {t('moderation.threadActions')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                onClick={() =>
                  run(
                    lockThread({ variables: { threadId: thread.id, locked: !thread.locked } }),
                    thread.locked ? t('moderation.unlocked') : t('moderation.lockedDone'),
                  )
                }
              >
                {thread.locked ? t('moderation.unlock') : t('moderation.lock')}
              </Menu.Item>
              <Menu.Item
                onClick={() =>
                  run(
                    pinThread({ variables: { threadId: thread.id, pinned: !thread.pinned } }),
                    thread.pinned ? t('moderation.unpinned') : t('moderation.pinnedDone'),
                  )
                }
              >
                {thread.pinned ? t('moderation.unpin') : t('moderation.pin')}
              </Menu.Item>
              <Menu.Item onClick={() => setMoving(true)}>{t('moderation.moveEllipsis')}</Menu.Item>
              <Menu.Item onClick={() => setMerging(true)}>
                {t('moderation.mergeEllipsis')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>

      <Stack
        component="ol"
        gap="md"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        aria-label={t('thread.postsLabel')}
      >
        {posts.map((post) => (
          <li key={post.id}>
            <ThreadPostCard
              post={post}
              quoted={post.quotePostId ? (byId.get(post.quotePostId) ?? null) : null}
              people={people}
              interactive={canReply}
              moderator={moderator}
              newMarker={post.id === firstNewId}
              onQuote={() => {
                setQuote(post);
                replyRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
                replyRef.current?.querySelector('textarea')?.focus();
              }}
              onFlag={() => setFlagging(post.id)}
              onDelete={() => setDeleting(post)}
              onHide={() => setHiding(post)}
              onRestore={() =>
                run(restorePost({ variables: { postId: post.id } }), t('moderation.restored'))
              }
            />
          </li>
        ))}
      </Stack>
      {thread.posts.pageInfo.hasNextPage && (
        <Group justify="center" mt="md">
          <Button variant="default" loading={loadingMore} onClick={loadMore}>
            {t('thread.loadMore')}
          </Button>
        </Group>
      )}

      <Text size="sm" c="dimmed" mt="sm" mih={22} role="status" aria-live="polite">
        {typingNames.length > 0
          ? t('thread.typing', { names: typingNames.join(', '), count: typingNames.length })
          : ''}
      </Text>

      <Card withBorder radius="md" padding="md" mt="sm" ref={replyRef} component="section">
        {canReply ? (
          <Stack gap="sm">
            {thread.locked && (
              <Alert color="gray" variant="light">
                {t('thread.lockedModeratorHint')}
              </Alert>
            )}
            {quote && (
              <Card withBorder radius="sm" padding="xs" bg="gray.0">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text size="xs" fw={600}>
                      {t('thread.quoting', { name: quote.author.displayName })}
                    </Text>
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {excerptOf(quote.body)}
                    </Text>
                  </Stack>
                  <CloseButton
                    aria-label={t('thread.removeQuote')}
                    onClick={() => setQuote(null)}
                  />
                </Group>
              </Card>
            )}
            <MarkdownEditor
              label={t('thread.replyLabel')}
              value={body}
              onChange={setBody}
              candidates={people}
              onTyping={emitTyping}
            />
            {replyError !== null && <ApiErrorAlert error={replyError} />}
            <Group justify="flex-end">
              <Button loading={replying} disabled={!body.trim()} onClick={() => void sendReply()}>
                {t('thread.send')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text c="dimmed">{t('thread.lockedHint')}</Text>
        )}
      </Card>

      {newCount > 0 && (
        <Affix position={{ bottom: 20, left: 0, right: 0 }} style={{ pointerEvents: 'none' }}>
          <Group justify="center">
            <Button
              onClick={showNew}
              radius="xl"
              style={{ pointerEvents: 'auto' }}
              aria-live="polite"
            >
              {t('thread.newReplies', { count: newCount })}
            </Button>
          </Group>
        </Affix>
      )}

      <FlagDialog postId={flagging} onClose={() => setFlagging(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('thread.deleteTitle')}
        text={deleting?.opening ? t('thread.deleteOpeningText') : t('thread.deleteText')}
        confirmLabel={t('thread.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await deletePost({ variables: { postId: deleting.id } });
          if (deleting.opening) {
            void navigate(networkPath);
            return;
          }
          client.cache.modify({
            id: client.cache.identify({ __typename: 'ThreadPost', id: deleting.id }),
            fields: { status: () => 'DELETED', body: () => null },
          });
        }}
      />
      <ReasonDialog
        opened={hiding !== null}
        title={t('moderation.hideTitle')}
        confirmLabel={t('thread.hide')}
        onClose={() => setHiding(null)}
        onConfirm={async (reason) => {
          if (!hiding) return;
          await hidePost({ variables: { postId: hiding.id, reason } });
          notify({ message: t('moderation.hidden'), color: 'green' });
        }}
      />
      <MoveDialog
        opened={moving}
        currentNetworkId={thread.network.id}
        onClose={() => setMoving(false)}
        onMove={async (networkId) => {
          await moveThread({ variables: { threadId: thread.id, networkId } });
          notify({ message: t('moderation.moved'), color: 'green' });
          refetch();
        }}
      />
      <MergeDialog
        opened={merging}
        onClose={() => setMerging(false)}
        onMerge={async (targetThreadId) => {
          await mergeThreads({ variables: { sourceThreadId: thread.id, targetThreadId } });
          notify({ message: t('moderation.merged'), color: 'green' });
          void navigate(`/threads/${targetThreadId}`);
        }}
      />
    </>
  );
}

/** A link to `#post-<id>` (from search, moderation) brings that post into view once it is shown. */
function useScrollToLinkedPost(posts: readonly { id: string }[]) {
  const { hash } = useLocation();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!hash.startsWith('#post-') || done.current === hash) return;
    const element = document.getElementById(hash.slice(1));
    if (!element) return;
    done.current = hash;
    element.scrollIntoView({ block: 'center' });
  }, [hash, posts]);
}
