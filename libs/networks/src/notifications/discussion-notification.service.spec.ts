import type { ThreadPostSnapshot } from '@mreza/shared/events';
import { newTestService } from '@mreza/shared/testing';
import { DiscussionNotificationService } from './discussion-notification.service';
import { NotificationKind } from './notification.entity';
import { NotificationRepository } from './notification.repository';

const tx = {} as never;

/** A reply by `bojan` in `ana`'s thread, mentioning no one. */
const aReply = (overrides: Partial<ThreadPostSnapshot> = {}): ThreadPostSnapshot => ({
  postId: 'post',
  threadId: 'thread',
  networkId: 'network',
  authorId: 'bojan',
  threadAuthorId: 'ana',
  threadTitle: 'Budžet za 2026.',
  opening: false,
  body: 'Slažem se sa **predlogom**.',
  excerpt: 'Slažem se sa predlogom.',
  quotePostId: null,
  mentionedUserIds: [],
  actorId: 'bojan',
  ...overrides,
});

const about = {
  networkId: 'network',
  subjectId: 'post',
  actorId: 'bojan',
  excerpt: 'Slažem se sa predlogom.',
  threadId: 'thread',
  threadTitle: 'Budžet za 2026.',
};

describe(DiscussionNotificationService.name, () => {
  const build = async () => {
    const built = await newTestService(DiscussionNotificationService);
    built
      .mock(NotificationRepository)
      .insertForMembers.mockImplementation(
        async (_content: unknown, options: { among: string[] }) => options.among.length,
      );
    return built;
  };

  describe('onPostPublished', () => {
    it("notifies the thread's author of a reply, if still a member of the network", async () => {
      const { sut, mock } = await build();
      expect(await sut.onPostPublished(aReply(), tx)).toBe(1);
      expect(mock(NotificationRepository).insertForMembers.mock.calls).toEqual([
        [{ ...about, kind: NotificationKind.THREAD_REPLY }, { among: ['ana'] }, tx],
      ]);
    });

    it('notifies each member mentioned, once, but never the author', async () => {
      const { sut, mock } = await build();
      const post = aReply({ mentionedUserIds: ['ceca', 'dule', 'ceca', 'bojan'] });
      expect(await sut.onPostPublished(post, tx)).toBe(3);
      expect(mock(NotificationRepository).insertForMembers.mock.calls).toEqual([
        [{ ...about, kind: NotificationKind.MENTION }, { among: ['ceca', 'dule'] }, tx],
        [{ ...about, kind: NotificationKind.THREAD_REPLY }, { among: ['ana'] }, tx],
      ]);
    });

    it("gives a thread's author who is also mentioned only the mention", async () => {
      const { sut, mock } = await build();
      expect(await sut.onPostPublished(aReply({ mentionedUserIds: ['ana', 'ceca'] }), tx)).toBe(2);
      expect(mock(NotificationRepository).insertForMembers.mock.calls).toEqual([
        [{ ...about, kind: NotificationKind.MENTION }, { among: ['ana', 'ceca'] }, tx],
      ]);
    });

    it('treats the opening post as no reply, but notifies the people it mentions', async () => {
      const { sut, mock } = await build();
      const opening = aReply({ opening: true, authorId: 'ana', mentionedUserIds: ['ceca'] });
      expect(await sut.onPostPublished(opening, tx)).toBe(1);
      expect(mock(NotificationRepository).insertForMembers.mock.calls).toEqual([
        [{ ...about, actorId: 'ana', kind: NotificationKind.MENTION }, { among: ['ceca'] }, tx],
      ]);
    });

    it("does not notify the thread's author of their own reply", async () => {
      const { sut, mock } = await build();
      expect(await sut.onPostPublished(aReply({ authorId: 'ana', actorId: 'ana' }), tx)).toBe(0);
      expect(mock(NotificationRepository).insertForMembers).not.toHaveBeenCalled();
    });

    it('names the post author as the actor when a moderator approved a held post', async () => {
      const { sut, mock } = await build();
      await sut.onPostPublished(aReply({ actorId: 'moderator' }), tx);
      expect(mock(NotificationRepository).insertForMembers).toHaveBeenCalledWith(
        expect.objectContaining({ actorId: 'bojan' }),
        { among: ['ana'] },
        tx,
      );
    });
  });

  describe('onMemberWarned', () => {
    it("notifies the warned member of the post, with the coordinator's reason", async () => {
      const { sut, mock } = await build();
      const warning = {
        networkId: 'network',
        userId: 'bojan',
        postId: 'post',
        reason: 'Bez uvreda, molim.',
        actorId: 'coordinator',
      };
      expect(await sut.onMemberWarned(warning, tx)).toBe(1);
      expect(mock(NotificationRepository).insertForMembers).toHaveBeenCalledWith(
        {
          kind: NotificationKind.MODERATION_WARNING,
          networkId: 'network',
          subjectId: 'post',
          actorId: 'coordinator',
          reason: 'Bez uvreda, molim.',
        },
        { among: ['bojan'] },
        tx,
      );
    });
  });
});
