import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Modal, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@web/auth/current-user';
import { useLocale } from '@web/i18n/format';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { PinIcon } from '@web/ui/icons';
import { notify } from '@web/ui/notify';
import type { FeedPost } from './feed.operations';
import { CREATE_POST, EDIT_POST, MARK_ANNOUNCEMENTS_READ, NETWORK_FEED } from './feed.operations';
import { MarkdownEditor } from '@web/discussions/markdown-editor';
import type { NetworkSummary } from './network.operations';
import { PostBody } from './post-body';

const PAGE = 20;
/** The documented limit of a post, also checked by the server. */
const MAX_BODY_LENGTH = 20_000;

/**
 * A network's feed: pinned announcements first, then the newest posts. Announcements shown here
 * count as read; their authors and the network's members see how many have read each.
 */
export function NetworkFeed({
  network,
  canPost = false,
}: {
  network: NetworkSummary;
  /** Members of a network that is not archived write posts. */
  canPost?: boolean;
}) {
  const { t } = useTranslation();
  const feed = useQuery(NETWORK_FEED, { variables: { networkId: network.id, first: PAGE } });
  const posts = feed.data?.networkFeed.nodes ?? [];
  const pageInfo = feed.data?.networkFeed.pageInfo;
  const [markRead] = useMutation(MARK_ANNOUNCEMENTS_READ);
  const [editing, setEditing] = useState<FeedPost | null>(null);

  const unreadIds = posts
    .filter((post) => post.kind === 'ANNOUNCEMENT' && post.viewerHasRead === false)
    .map((post) => post.id);
  const unreadKey = unreadIds.join(',');
  useEffect(() => {
    if (!unreadKey) return;
    const postIds = unreadKey.split(',');
    void markRead({
      variables: { postIds },
      update(cache) {
        for (const id of postIds) {
          cache.modify({
            id: cache.identify({ __typename: 'NetworkPost', id }),
            fields: { viewerHasRead: () => true },
          });
        }
      },
    }).catch(() => undefined);
  }, [unreadKey, markRead]);

  if (feed.error && !feed.data) {
    return <ApiErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />;
  }
  if (!feed.data) {
    return (
      <Stack gap="md" aria-busy="true">
        <Text className="visually-hidden" role="status">
          {t('common.loading')}
        </Text>
        <Skeleton height={90} radius="md" />
        <Skeleton height={90} radius="md" />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {canPost && <NewPostBox networkId={network.id} onPosted={() => void feed.refetch()} />}
      {posts.length === 0 ? (
        <Text c="dimmed">{t('feed.empty')}</Text>
      ) : (
        <Stack component="ul" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {posts.map((post) => (
            <li key={post.id}>
              <PostCard post={post} canEdit={!network.archivedAt} onEdit={() => setEditing(post)} />
            </li>
          ))}
        </Stack>
      )}
      {pageInfo?.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={feed.loading}
            onClick={() => void feed.fetchMore({ variables: { after: pageInfo.endCursor } })}
          >
            {t('feed.loadMore')}
          </Button>
        </Group>
      )}
      <EditPostModal post={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}

function PostCard({
  post,
  canEdit,
  onEdit,
}: {
  post: FeedPost;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { formatRelative, formatDate } = useLocale();
  const own = post.author.id === user.id;
  const isAnnouncement = post.kind === 'ANNOUNCEMENT';

  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-label={t(isAnnouncement ? 'feed.announcementBy' : 'feed.postBy', {
        name: post.author.displayName,
      })}
      bg={isAnnouncement ? 'blue.0' : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={600} truncate>
            {post.author.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            <time dateTime={post.createdAt} title={formatDate(post.createdAt)}>
              {formatRelative(post.createdAt)}
            </time>
            {post.editedAt && (
              <>
                {' · '}
                <span title={formatDate(post.editedAt)}>{t('feed.edited')}</span>
              </>
            )}
          </Text>
        </Stack>
        <Group gap={6} wrap="nowrap">
          {post.pinned && (
            <Badge variant="light" color="orange" leftSection={<PinIcon size={12} />}>
              {t('feed.pinned')}
            </Badge>
          )}
          {isAnnouncement && (
            <Badge variant="light" color="blue">
              {t('feed.announcement')}
            </Badge>
          )}
        </Group>
      </Group>
      <PostBody body={post.body} links={post.links} />
      {((isAnnouncement && post.readerCount !== null) || (own && canEdit)) && (
        <Group justify="space-between" mt="sm" gap="xs">
          <Text size="sm" c="dimmed">
            {isAnnouncement && post.readerCount !== null
              ? t('feed.readers', { count: post.readerCount })
              : ''}
          </Text>
          {own && canEdit && (
            <Button size="compact-sm" variant="subtle" onClick={onEdit}>
              {t('feed.edit')}
            </Button>
          )}
        </Group>
      )}
    </Card>
  );
}

function EditPostModal({ post, onClose }: { post: FeedPost | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [edit, { loading }] = useMutation(EDIT_POST);

  useEffect(() => {
    setBody(post?.body ?? '');
    setError(null);
  }, [post]);

  const save = async () => {
    if (!post) return;
    try {
      await edit({ variables: { postId: post.id, body } });
      notify({ message: t('feed.saved'), color: 'green' });
      onClose();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Modal
      opened={post !== null}
      onClose={onClose}
      title={t('feed.editTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Textarea
          label={t('feed.body')}
          description={t('feed.bodyHint', { max: MAX_BODY_LENGTH.toLocaleString() })}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          autosize
          minRows={5}
          maxRows={16}
          maxLength={MAX_BODY_LENGTH}
          data-autofocus
        />
        {error !== null && <ApiErrorAlert error={error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('networks.cancel')}
          </Button>
          <Button loading={loading} disabled={body.trim() === ''} onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A member writes a post to the network's feed. */
function NewPostBox({ networkId, onPosted }: { networkId: string; onPosted: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CREATE_POST);

  const submit = async () => {
    setError(null);
    try {
      await create({ variables: { input: { networkId, body } } });
      setBody('');
      notify({ message: t('feed.posted'), color: 'green' });
      onPosted();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('feed.newPost')}>
      <Stack gap="sm">
        <MarkdownEditor label={t('feed.newPost')} value={body} onChange={setBody} minRows={3} />
        {error !== null && <ApiErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button loading={loading} disabled={!body.trim()} onClick={() => void submit()}>
            {t('feed.publish')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
