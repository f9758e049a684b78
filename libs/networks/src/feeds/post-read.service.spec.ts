import { Role } from '@mreza/shared/auth';
import { automock } from '@mreza/shared/testing';
import { MemberRepository } from '../membership/member.repository';
import { NetworkRole } from '../membership/network-member.entity';
import { MAX_READ_IDS } from './feed.errors';
import { PostKind } from './post.entity';
import { PostReadRepository } from './post-read.repository';
import { PostReadService } from './post-read.service';

const member = { id: 'member', role: Role.MEMBER, organisationId: null, sessionId: 's' };
const staff = { ...member, id: 'staff', role: Role.STAFF };
const announcement = (id: string, networkId = 'net') => ({
  id,
  networkId,
  kind: PostKind.ANNOUNCEMENT,
  authorId: 'coordinator',
});

/** The service is request-scoped (its DataLoaders live for one request): built by hand. */
function build() {
  const reads = automock(PostReadRepository);
  const members = automock(MemberRepository);
  const sut = new PostReadService(
    reads as unknown as PostReadRepository,
    members as unknown as MemberRepository,
  );
  return { sut, reads, members };
}

describe(PostReadService.name, () => {
  describe('markAnnouncementsRead', () => {
    it('records each id once, for the viewer, and answers how many reads were new', async () => {
      const { sut, reads } = build();
      reads.record.mockResolvedValue(['a']);
      expect(await sut.markAnnouncementsRead(member, ['a', 'b', 'a'])).toBe(1);
      expect(reads.record).toHaveBeenCalledWith({ userId: 'member', readsEveryNetwork: false }, [
        'a',
        'b',
      ]);
    });

    it('lets staff read any network', async () => {
      const { sut, reads } = build();
      reads.record.mockResolvedValue([]);
      await sut.markAnnouncementsRead(staff, ['a']);
      expect(reads.record).toHaveBeenCalledWith({ userId: 'staff', readsEveryNetwork: true }, [
        'a',
      ]);
    });

    it('refuses more ids than the limit', async () => {
      const { sut, reads } = build();
      const ids = Array.from({ length: MAX_READ_IDS + 1 }, (_, i) => `id-${i}`);
      await expect(sut.markAnnouncementsRead(member, ids)).rejects.toMatchObject({
        code: 'TOO_MANY_POST_IDS',
      });
      expect(reads.record).not.toHaveBeenCalled();
    });
  });

  describe('readerCount', () => {
    it('counts a whole page of announcements in one query, and roles in one more', async () => {
      const { sut, reads, members } = build();
      reads.countReaders.mockResolvedValue(new Map([['a', 3]]));
      members.rolesOf.mockResolvedValue(
        new Map([
          ['net', NetworkRole.MEMBER],
          ['other', NetworkRole.COORDINATOR],
        ]),
      );
      const counts = await Promise.all([
        sut.readerCount(member, announcement('a')),
        sut.readerCount(member, announcement('b')),
        sut.readerCount(member, announcement('c', 'other')),
      ]);
      expect(counts).toEqual([3, 0, 0]);
      expect(reads.countReaders).toHaveBeenCalledTimes(1);
      expect([...(reads.countReaders.mock.calls[0][0] as string[])].sort()).toEqual([
        'a',
        'b',
        'c',
      ]);
      expect(members.rolesOf).toHaveBeenCalledTimes(1);
      expect(members.rolesOf).toHaveBeenCalledWith('member', ['net', 'other']);
    });

    it('is null for someone outside the network, and for an ordinary post', async () => {
      const { sut, reads, members } = build();
      members.rolesOf.mockResolvedValue(new Map());
      expect(await sut.readerCount(member, announcement('a'))).toBeNull();
      expect(
        await sut.readerCount(member, { ...announcement('p'), kind: PostKind.POST }),
      ).toBeNull();
      expect(reads.countReaders).not.toHaveBeenCalled();
    });

    it('is shown to staff without asking for their role', async () => {
      const { sut, reads, members } = build();
      reads.countReaders.mockResolvedValue(new Map([['a', 2]]));
      expect(await sut.readerCount(staff, announcement('a'))).toBe(2);
      expect(members.rolesOf).not.toHaveBeenCalled();
    });
  });

  describe('viewerHasRead', () => {
    it("answers from the viewer's reads, batched; the author has read their own", async () => {
      const { sut, reads } = build();
      reads.readBy.mockResolvedValue(new Set(['a']));
      const answers = await Promise.all([
        sut.viewerHasRead(member, announcement('a')),
        sut.viewerHasRead(member, announcement('b')),
        sut.viewerHasRead(member, { ...announcement('c'), authorId: 'member' }),
        sut.viewerHasRead(member, { ...announcement('d'), kind: PostKind.POST }),
      ]);
      expect(answers).toEqual([true, false, true, null]);
      expect(reads.readBy).toHaveBeenCalledTimes(1);
      expect(reads.readBy).toHaveBeenCalledWith('member', ['a', 'b']);
    });
  });
});
