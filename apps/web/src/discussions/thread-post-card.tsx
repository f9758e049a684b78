import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@web/i18n/format';
import { PostBody } from '@web/networks/post-body';
import { ApiErrorAlert, useErrorMessage } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { notify } from '@web/ui/notify';
import type { PostReaction, ThreadPost } from './discussion.operations';
import { EDIT_THREAD_POST, POST_REACTIONS, REACT, UNREACT } from './discussion.operations';
import type { MentionCandidate } from './markdown-editor';
import { MarkdownEditor } from './markdown-editor';

export const REACTION_GLYPHS: Record<PostReaction, string> = {
  LIKE: '👍',
  INSIGHTFUL: '💡',
  THANKS: '🙏',
  AGREE: '✅',
};

/** The first words of a post, for a quote's excerpt. */
export function excerptOf(body: string | null, length = 160): string {
  const plain = (body ?? '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_>#`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > length ? `${plain.slice(0, length)}…` : plain;
}

export interface PostCardActions {
  onQuote?: () => void;
  onFlag?: () => void;
  onDelete?: () => void;
  onHide?: () => void;
  onRestore?: () => void;
}

interface ThreadPostCardProps extends PostCardActions {
  post: ThreadPost;
  /** The quoted post, when it is loaded. */
  quoted: ThreadPost | null;
  /** Members of the network, for `@` suggestions while editing. */
  people: MentionCandidate[];
  /** Reactions, replies and edits are possible (the thread is open to the viewer). */
  interactive: boolean;
  moderator: boolean;
  /** Marks the first post that arrived while the reader was further up. */
  newMarker?: boolean;
}

/**
 * One post of a thread: author, time, Markdown body, reactions and the actions the viewer may
 * take. Held posts show "waiting for review" to their author; hidden and deleted posts show a
 * placeholder (with the coordinator's reason for the author).
 */
export function ThreadPostCard({
  post,
  quoted,
  people,
  interactive,
  moderator,
  newMarker,
  onQuote,
  onFlag,
  onDelete,
  onHide,
  onRestore,
}: ThreadPostCardProps) {
  const { t } = useTranslation();
  const { formatRelative, formatDate } = useLocale();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [edit, { loading: saving }] = useMutation(EDIT_THREAD_POST);
  const [react] = useMutation(REACT);
  const [unreact] = useMutation(UNREACT);
  const errorMessage = useErrorMessage();

  const published = post.status === 'PUBLISHED';
  const visibleBody = post.status === 'PUBLISHED' || post.status === 'HELD';

  const save = async () => {
    setError(null);
    try {
      const result = await edit({ variables: { postId: post.id, body: draft } });
      setEditing(false);
      notify({
        message:
          result.data?.editThreadPost.status === 'HELD' ? t('thread.heldNotice') : t('feed.saved'),
        color: result.data?.editThreadPost.status === 'HELD' ? 'yellow' : 'green',
      });
    } catch (caught) {
      setError(caught);
    }
  };

  const toggle = (reaction: PostReaction) => {
    const on = post.viewerReactions.includes(reaction);
    const run = on ? unreact : react;
    void run({ variables: { postId: post.id, reaction } }).catch((caught: unknown) =>
      notify({ message: errorMessage(apiErrorOf(caught)), color: 'red' }),
    );
  };

  return (
    <>
      {newMarker && (
        <Group gap="xs" my="xs" role="separator" aria-label={t('thread.newRepliesMarker')}>
          <Text size="xs" fw={700} c="red.7">
            {t('thread.newRepliesMarker')}
          </Text>
        </Group>
      )}
      <Card
        withBorder
        radius="md"
        padding="md"
        component="article"
        id={`post-${post.id}`}
        aria-label={t('thread.postBy', { name: post.author.displayName })}
        bg={post.status === 'HELD' ? 'yellow.0' : undefined}
      >
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs" mb="xs">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600}>{post.author.displayName}</Text>
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
          <Group gap={6}>
            {post.opening && (
              <Badge variant="light" color="blue">
                {t('thread.opening')}
              </Badge>
            )}
            {post.status === 'HELD' && (
              <Badge variant="light" color="yellow">
                {t('thread.pendingReview')}
              </Badge>
            )}
            {post.status === 'HIDDEN' && (
              <Badge variant="light" color="red">
                {t('thread.hiddenBadge')}
              </Badge>
            )}
          </Group>
        </Group>

        {post.status === 'HELD' && (
          <Text size="sm" c="yellow.9" mb="xs">
            {post.moderationReason
              ? t('thread.heldWithReason', { reason: post.moderationReason })
              : t('thread.heldExplain')}
          </Text>
        )}

        {quoted && visibleBody && (
          <Card
            withBorder
            radius="sm"
            padding="xs"
            mb="xs"
            bg="gray.0"
            component="blockquote"
            m={0}
            aria-label={t('thread.quoteOf', { name: quoted.author.displayName })}
          >
            <Text size="xs" fw={600}>
              {quoted.author.displayName}
            </Text>
            <Text size="sm" c="dimmed" lineClamp={3}>
              {excerptOf(quoted.body)}
            </Text>
          </Card>
        )}

        {editing ? (
          <Stack gap="sm">
            <MarkdownEditor
              label={t('thread.editLabel')}
              value={draft}
              onChange={setDraft}
              candidates={people}
              autoFocus
            />
            {error !== null && <ApiErrorAlert error={error} />}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setEditing(false)}>
                {t('networks.cancel')}
              </Button>
              <Button loading={saving} disabled={!draft.trim()} onClick={() => void save()}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        ) : visibleBody ? (
          <PostBody body={post.body ?? ''} links={[]} />
        ) : (
          <Alert color={post.status === 'HIDDEN' ? 'red' : 'gray'} variant="light" p="xs">
            <Text size="sm" fs="italic">
              {post.status === 'HIDDEN'
                ? t('thread.hiddenPlaceholder')
                : t('thread.deletedPlaceholder')}
            </Text>
            {post.moderationReason && (
              <Text size="sm">{t('notifications.reason', { reason: post.moderationReason })}</Text>
            )}
            {post.body && (
              <Text size="sm" c="dimmed" mt={4}>
                {excerptOf(post.body, 400)}
              </Text>
            )}
          </Alert>
        )}

        {!editing && (
          <Group justify="space-between" mt="sm" gap="xs" wrap="wrap">
            {published ? (
              <Group gap={4} role="group" aria-label={t('thread.reactions')}>
                {POST_REACTIONS.map((reaction) => {
                  const count =
                    post.reactions.find((item) => item.reaction === reaction)?.count ?? 0;
                  const pressed = post.viewerReactions.includes(reaction);
                  return (
                    <Button
                      key={reaction}
                      size="compact-sm"
                      variant={pressed ? 'light' : 'subtle'}
                      color={pressed ? 'blue' : 'gray'}
                      aria-pressed={pressed}
                      aria-label={t('thread.reactionLabel', {
                        reaction: t(`thread.reaction.${reaction}`),
                        count,
                      })}
                      disabled={!interactive}
                      onClick={() => toggle(reaction)}
                    >
                      <span aria-hidden>{REACTION_GLYPHS[reaction]}</span>
                      {count > 0 && (
                        <Text span size="xs" ml={4}>
                          {count}
                        </Text>
                      )}
                    </Button>
                  );
                })}
              </Group>
            ) : (
              <span />
            )}
            <Group gap={4} wrap="wrap">
              {published && interactive && onQuote && (
                <Button size="compact-sm" variant="subtle" onClick={onQuote}>
                  {t('thread.quote')}
                </Button>
              )}
              {published && !post.viewerIsAuthor && onFlag && (
                <Button size="compact-sm" variant="subtle" color="orange" onClick={onFlag}>
                  {t('thread.flag')}
                </Button>
              )}
              {post.viewerIsAuthor && visibleBody && interactive && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => {
                    setDraft(post.body ?? '');
                    setError(null);
                    setEditing(true);
                  }}
                >
                  {t('feed.edit')}
                </Button>
              )}
              {post.viewerIsAuthor && post.status !== 'DELETED' && onDelete && (
                <Button size="compact-sm" variant="subtle" color="red" onClick={onDelete}>
                  {t('thread.delete')}
                </Button>
              )}
              {moderator && post.status === 'PUBLISHED' && onHide && (
                <Button size="compact-sm" variant="subtle" color="red" onClick={onHide}>
                  {t('thread.hide')}
                </Button>
              )}
              {moderator && post.status === 'HIDDEN' && onRestore && (
                <Button size="compact-sm" variant="subtle" onClick={onRestore}>
                  {t('thread.restore')}
                </Button>
              )}
            </Group>
          </Group>
        )}
      </Card>
    </>
  );
}
