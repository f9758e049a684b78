import { Role } from '@mreza/shared/auth';
import { newTestService } from '@mreza/shared/testing';
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

    it("marks all of the viewer's own when no ids are given", async () => {
      const { sut, mock } = await newTestService(NotificationService);
      mock(NotificationRepository).markRead.mockResolvedValue(4);
      expect(await sut.markRead(staff, undefined)).toBe(4);
      expect(mock(NotificationRepository).markRead).toHaveBeenCalledWith(
        { userId: 'staff', readsEveryNetwork: true },
        null,
      );
    });
  });
});
