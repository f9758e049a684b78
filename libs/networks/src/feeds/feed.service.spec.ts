import { Role } from '@mreza/shared/auth';
import { TransactionRunner } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import { newTestService } from '@mreza/shared/testing';
import { NetworkAccess } from '../membership/network-access';
import { NetworkService } from '../networks/network.service';
import { AnnouncementMailService } from '../notification-mail/announcement-mail.service';
import { FeedService } from './feed.service';
import { PostKind } from './post.entity';
import { PostRepository } from './post.repository';
import { ReactionRepository } from './reaction.repository';

const viewer = { id: 'viewer', role: Role.MEMBER, organisationId: null, sessionId: 's' };
const tx = {} as never;

describe(FeedService.name, () => {
  const build = async () => {
    const built = await newTestService(FeedService);
    built
      .mock(TransactionRunner)
      .run.mockImplementation((work: (tx: never) => unknown) => work(tx));
    built.mock(EventOutbox).record.mockResolvedValue(undefined);
    built.mock(ReactionRepository).countsFor.mockResolvedValue(new Map());
    built.mock(ReactionRepository).ofUser.mockResolvedValue(new Map());
    return built;
  };

  describe('createPost', () => {
    it.each([
      ['a 1 MB body', 'a'.repeat(1024 * 1024), 'BODY_TOO_LONG'],
      ['a script', '<script>alert(1)</script>', 'UNSAFE_MARKDOWN'],
      ['a blank body', '   ', 'BODY_EMPTY'],
    ])('refuses %s before touching the database', async (_, body, code) => {
      const { sut, mock } = await build();
      await expect(sut.createPost(viewer, 'net', body)).rejects.toMatchObject({ code });
      expect(mock(TransactionRunner).run).not.toHaveBeenCalled();
    });

    it('records networks.post.created with a short excerpt and the whole body', async () => {
      const { sut, mock } = await build();
      mock(NetworkService).require.mockResolvedValue({ id: 'net', archivedAt: null });
      mock(NetworkAccess).roleOf.mockResolvedValue('MEMBER');
      const body = `${'riječ '.repeat(100)}kraj`;
      mock(PostRepository).insert.mockImplementation(async (post: object) => ({
        ...post,
        id: 'post',
        createdAt: new Date(),
        editedAt: null,
        deletedAt: null,
      }));
      await sut.createPost(viewer, 'net', body);
      const [, event] = mock(EventOutbox).record.mock.calls[0] as [
        never,
        { payload: { excerpt: string; body: string; kind: PostKind } },
      ];
      expect(event).toMatchObject({ type: 'networks.post.created', version: 1 });
      expect(event.payload.kind).toBe(PostKind.POST);
      expect(event.payload.excerpt).toHaveLength(280);
      expect(event.payload.excerpt.endsWith('…')).toBe(true);
      expect(event.payload.body).toBe(body);
    });
  });

  describe('publishAnnouncement', () => {
    const network = { id: 'net', archivedAt: null };
    const announce = async (emailMembers: boolean) => {
      const built = await build();
      built.mock(NetworkService).requireWritable.mockResolvedValue(network);
      built.mock(NetworkAccess).requireManager.mockResolvedValue(undefined);
      built.mock(PostRepository).insert.mockImplementation(async (post: object) => ({
        ...post,
        id: 'post',
        createdAt: new Date(),
        editedAt: null,
        deletedAt: null,
      }));
      built.mock(AnnouncementMailService).requestFor.mockResolvedValue(3);
      await built.sut.publishAnnouncement(viewer, 'net', 'Sednica u petak', {
        pinned: false,
        emailMembers,
      });
      return built;
    };

    it('e-mails the members in the same transaction when asked to', async () => {
      const { mock } = await announce(true);
      expect(mock(AnnouncementMailService).requestFor).toHaveBeenCalledWith(
        expect.objectContaining({ id: 'post', kind: PostKind.ANNOUNCEMENT }),
        network,
        tx,
      );
    });

    it('e-mails nobody by default', async () => {
      const { mock } = await announce(false);
      expect(mock(AnnouncementMailService).requestFor).not.toHaveBeenCalled();
    });
  });
  describe('editPost', () => {
    const stored = {
      id: 'post',
      networkId: 'net',
      authorId: viewer.id,
      kind: PostKind.POST,
      body: 'Prvi tekst',
      pinned: false,
      createdAt: new Date('2026-11-01T10:00:00Z'),
      editedAt: null as Date | null,
      deletedAt: null as Date | null,
    };
    const editing = async (post: Partial<typeof stored> | null = {}) => {
      const built = await build();
      const found = post && { ...stored, ...post };
      built.mock(PostRepository).findById.mockResolvedValue(found);
      built.mock(PostRepository).findLiveForUpdate.mockResolvedValue(found);
      built.mock(NetworkService).requireWritable.mockResolvedValue({ id: 'net', archivedAt: null });
      built.mock(NetworkAccess).roleOf.mockResolvedValue('MEMBER');
      built.mock(NetworkAccess).requireManager.mockResolvedValue(undefined);
      built
        .mock(PostRepository)
        .updateBody.mockImplementation(async (id: string, body: string) => ({
          ...found,
          id,
          body,
          editedAt: new Date('2026-11-02T08:00:00Z'),
        }));
      return built;
    };

    it.each([
      ['an over-long body', 'a'.repeat(20_001), 'BODY_TOO_LONG'],
      ['a script', '<iframe src="x">', 'UNSAFE_MARKDOWN'],
      ['a blank body', '\n\n', 'BODY_EMPTY'],
    ])('refuses %s before touching the database', async (_, body, code) => {
      const { sut, mock } = await editing();
      await expect(sut.editPost(viewer, 'post', body)).rejects.toMatchObject({ code });
      expect(mock(TransactionRunner).run).not.toHaveBeenCalled();
    });

    it('refuses an unknown post', async () => {
      const { sut } = await editing(null);
      await expect(sut.editPost(viewer, 'post', 'Novo')).rejects.toMatchObject({
        code: 'POST_NOT_FOUND',
      });
    });

    it("refuses someone else's post, a coordinator's edit included", async () => {
      const { sut, mock } = await editing({ authorId: 'someone-else' });
      await expect(sut.editPost(viewer, 'post', 'Novo')).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(mock(PostRepository).updateBody).not.toHaveBeenCalled();
      expect(mock(EventOutbox).record).not.toHaveBeenCalled();
    });

    it('refuses a deleted post with its own code', async () => {
      const { sut, mock } = await editing({ deletedAt: new Date() });
      await expect(sut.editPost(viewer, 'post', 'Novo')).rejects.toMatchObject({
        code: 'POST_DELETED',
      });
      expect(mock(PostRepository).updateBody).not.toHaveBeenCalled();
    });

    it('refuses an author who has left the network', async () => {
      const { sut, mock } = await editing();
      mock(NetworkAccess).roleOf.mockResolvedValue(null);
      await expect(sut.editPost(viewer, 'post', 'Novo')).rejects.toMatchObject({
        code: 'NOT_A_MEMBER',
      });
    });

    it('asks a coordinator (or staff) to edit their own announcement', async () => {
      const { sut, mock } = await editing({ kind: PostKind.ANNOUNCEMENT });
      await sut.editPost(viewer, 'post', 'Nova najava');
      expect(mock(NetworkAccess).requireManager).toHaveBeenCalledWith(viewer, 'net', tx);
    });

    it('stores the body, stamps the edit and records networks.post.updated', async () => {
      const { sut, mock } = await editing();
      const view = await sut.editPost(viewer, 'post', 'Ispravljen tekst');
      expect(mock(PostRepository).updateBody).toHaveBeenCalledWith('post', 'Ispravljen tekst', tx);
      expect(view.post).toMatchObject({ body: 'Ispravljen tekst', editedAt: expect.any(Date) });
      expect(mock(EventOutbox).record).toHaveBeenCalledWith(tx, {
        type: 'networks.post.updated',
        version: 1,
        payload: expect.objectContaining({
          postId: 'post',
          excerpt: 'Ispravljen tekst',
          body: 'Ispravljen tekst',
          actorId: viewer.id,
          editedAt: '2026-11-02T08:00:00.000Z',
        }),
      });
    });

    it('changes nothing when the body is the same', async () => {
      const { sut, mock } = await editing();
      await sut.editPost(viewer, 'post', stored.body);
      expect(mock(PostRepository).updateBody).not.toHaveBeenCalled();
      expect(mock(EventOutbox).record).not.toHaveBeenCalled();
    });
  });
});
