import { Role } from '@mreza/shared/auth';
import { TransactionRunner } from '@mreza/shared/database';
import { newTestService } from '@mreza/shared/testing';
import { PostReadRepository } from '../feeds/post-read.repository';
import { NetworkRole } from '../membership/network-member.entity';
import { MAX_MARK_IDS } from './notification.errors';
import { NotificationKind } from './notification.entity';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';

const member = { id: 'member', role: Role.MEMBER, organisationId: null, sessionId: 's' };
const staff = { ...member, id: 'staff', role: Role.STAFF };
const tx = {} as never;
const post = {
  postId: 'post',
  networkId: 'net',
  authorId: 'author',
  pinned: false,
  excerpt: 'Sastanak',
  actorId: 'author',
};

describe(NotificationService.name, () => {
  describe('onPostCreated', () => {
    it('notifies nobody of an ordinary post', async () => {
      const { sut, mock } = await newTestService(NotificationService);
      expect(await sut.onPostCreated({ ...post, kind: 'POST' }, tx)).toBe(0);
      expect(mock(NotificationRepository).insertForMembers).not.toHaveBeenCalled();
    });

    it('notifies every member but the author of an announcement', async () => {
      const { sut, mock } = await newTestService(NotificationService);
      mock(NotificationRepository).insertForMembers.mockResolvedValue(3);
      await sut.onPostCreated({ ...post, kind: 'ANNOUNCEMENT' }, tx);
      expect(mock(NotificationRepository).insertForMembers).toHaveBeenCalledWith(
        expect.objectContaining({ kind: NotificationKind.ANNOUNCEMENT, subjectId: 'post' }),
        { except: 'author' },
        tx,
      );
    });
  });

  describe('onMembershipRequested', () => {
    it("notifies the network's coordinators only", async () => {
      const { sut, mock } = await newTestService(NotificationService);
      mock(NotificationRepository).insertForMembers.mockResolvedValue(2);
      await sut.onMembershipRequested({ requestId: 'r', networkId: 'net', userId: 'u' }, tx);
      expect(mock(NotificationRepository).insertForMembers).toHaveBeenCalledWith(
        expect.objectContaining({ kind: NotificationKind.JOIN_REQUESTED, actorId: 'u' }),
        { roles: [NetworkRole.COORDINATOR] },
        tx,
      );
    });
  });

  describe('markRead', () => {
    it('marks nothing for an empty list of ids', async () => {
      const { sut, mock } = await newTestService(NotificationService);
      expect(await sut.markRead(member, [])).toBe(0);
      expect(mock(NotificationRepository).markRead).not.toHaveBeenCalled();
    });

    it('refuses more ids than the limit', async () => {
      const { sut } = await newTestService(NotificationService);
      const ids = Array.from({ length: MAX_MARK_IDS + 1 }, (_, i) => `id-${i}`);
      expect(() => sut.markRead(member, ids)).toThrow(
        expect.objectContaining({ code: 'TOO_MANY_NOTIFICATION_IDS' }),
      );
    });

    const marking = async () => {
      const built = await newTestService(NotificationService);
      built
        .mock(TransactionRunner)
        .run.mockImplementation((work: (tx: never) => unknown) => work(tx));
      built.mock(PostReadRepository).record.mockResolvedValue([]);
      return built;
    };

    it("marks all of the viewer's own when no ids are given", async () => {
      const { sut, mock } = await marking();
      mock(NotificationRepository).markRead.mockResolvedValue(
        ['a', 'b', 'c', 'd'].map((subjectId) => ({
          kind: NotificationKind.JOIN_REQUESTED,
          subjectId,
        })),
      );
      expect(await sut.markRead(staff, undefined)).toBe(4);
      expect(mock(NotificationRepository).markRead).toHaveBeenCalledWith(
        { userId: 'staff', readsEveryNetwork: true },
        null,
        tx,
      );
      expect(mock(PostReadRepository).record).not.toHaveBeenCalled();
    });

    it('counts the announcements of the notifications marked as read, in the same transaction', async () => {
      const { sut, mock } = await marking();
      mock(NotificationRepository).markRead.mockResolvedValue([
        { kind: NotificationKind.ANNOUNCEMENT, subjectId: 'post-1' },
        { kind: NotificationKind.JOIN_APPROVED, subjectId: 'request' },
        { kind: NotificationKind.ANNOUNCEMENT, subjectId: 'post-2' },
      ]);
      expect(await sut.markRead(member, ['n1', 'n2', 'n3'])).toBe(3);
      expect(mock(PostReadRepository).record).toHaveBeenCalledWith(
        { userId: 'member', readsEveryNetwork: false },
        ['post-1', 'post-2'],
        tx,
      );
    });
  });
});
