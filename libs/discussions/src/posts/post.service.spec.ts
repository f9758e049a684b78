import { Role } from '@mreza/shared/auth';
import { TransactionRunner } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import { newTestService } from '@mreza/shared/testing';
import { DiscussionAccess } from '../access/discussion-access';
import { HoldService } from '../moderation/hold.service';
import { DiscussionsRealtime } from '../realtime/discussions-realtime';
import { ReplicaRepository } from '../replicas/replica.repository';
import { ThreadRepository } from '../threads/thread.repository';
import { ThreadService } from '../threads/thread.service';
import { PostReactionRepository } from './post-reaction.repository';
import type { ThreadPostEntity } from './post.entity';
import { PostStatus } from './post.entity';
import { PostRepository } from './post.repository';
import { PostService } from './post.service';

const viewer = { id: 'author', role: Role.MEMBER, organisationId: null, sessionId: 's' };
const tx = {} as never;
const thread = {
  id: 'thread',
  networkId: 'net',
  locked: false,
  deletedAt: null,
  mergedIntoId: null,
};
const post = {
  id: 'post',
  threadId: 'thread',
  authorId: 'author',
  body: 'Prvo',
  status: PostStatus.PUBLISHED,
  opening: false,
  createdAt: new Date('2026-01-01'),
  editedAt: null,
} as unknown as ThreadPostEntity;

describe(PostService.name, () => {
  const build = async () => {
    const built = await newTestService(PostService);
    const { mock } = built;
    mock(TransactionRunner).run.mockImplementation((work: (tx: never) => unknown) => work(tx));
    mock(PostRepository).findForUpdate.mockResolvedValue(post);
    const standing = { canRead: true, moderator: false };
    mock(ThreadService).requireReadable.mockResolvedValue({ thread, moderator: false, standing });
    mock(ThreadRepository).findForUpdate.mockResolvedValue(thread);
    mock(DiscussionAccess).requirePosterIn.mockResolvedValue({ moderator: false });
    mock(PostRepository).saveRevision.mockResolvedValue(undefined);
    mock(PostRepository).update.mockImplementation(async (_id: string, changes: object) => ({
      ...post,
      ...changes,
    }));
    mock(PostRepository).replaceMentions.mockResolvedValue(undefined);
    mock(PostRepository).mentionsOf.mockResolvedValue(new Map());
    mock(ReplicaRepository).membersAmong.mockResolvedValue([]);
    mock(EventOutbox).record.mockResolvedValue(undefined);
    mock(PostReactionRepository).countsFor.mockResolvedValue(new Map());
    mock(PostReactionRepository).ofUser.mockResolvedValue(new Map());
    return built;
  };

  describe('edit', () => {
    it('holds a published post again when the edit meets the review rules', async () => {
      const { sut, mock } = await build();
      mock(HoldService).assess.mockResolvedValue({ status: PostStatus.HELD, reason: 'izbori' });
      mock(ThreadRepository).recountReplies.mockResolvedValue(undefined);
      mock(DiscussionsRealtime).postHidden.mockReturnValue(undefined);
      const view = await sut.edit(viewer, 'post', 'Glasajte: izbori');
      expect(view.post).toMatchObject({ status: PostStatus.HELD, moderationReason: 'izbori' });
      const [, event] = mock(EventOutbox).record.mock.calls[0] as [never, { type: string }];
      expect(event.type).toBe('discussions.post.withdrawn');
      expect(mock(ThreadRepository).recountReplies).toHaveBeenCalledWith('thread', tx);
    });

    it('keeps an edit published when no rule applies, recording the edit', async () => {
      const { sut, mock } = await build();
      mock(HoldService).assess.mockResolvedValue({ status: PostStatus.PUBLISHED, reason: null });
      mock(DiscussionsRealtime).postUpdated.mockReturnValue(undefined);
      const view = await sut.edit(viewer, 'post', 'Drugo');
      expect(view.post.status).toBe(PostStatus.PUBLISHED);
      const [, event] = mock(EventOutbox).record.mock.calls[0] as [never, { type: string }];
      expect(event.type).toBe('discussions.post.edited');
    });

    it('refuses an edit by someone else', async () => {
      const { sut } = await build();
      await expect(sut.edit({ ...viewer, id: 'someone' }, 'post', 'Tuđe')).rejects.toMatchObject({
        code: 'NOT_THE_AUTHOR',
      });
    });
  });
});
