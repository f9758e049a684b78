import { Role } from '@mreza/shared/auth';
import { TransactionRunner } from '@mreza/shared/database';
import { newTestService } from '@mreza/shared/testing';
import { ThreadService } from './thread.service';

const viewer = { id: 'viewer', role: Role.MEMBER, organisationId: null, sessionId: 's' };
const input = { networkId: 'net', title: 'Budžet', body: 'Kako?' };

describe(ThreadService.name, () => {
  describe('createThread', () => {
    it.each([
      ['a blank title', { title: '   ' }, 'TITLE_INVALID'],
      ['a title of 201 characters', { title: 'a'.repeat(201) }, 'TITLE_INVALID'],
      ['eleven tags', { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'TAGS_INVALID'],
      ['a blank tag', { tags: ['budžet', ' '] }, 'TAGS_INVALID'],
      ['a tag of 41 characters', { tags: ['a'.repeat(41)] }, 'TAGS_INVALID'],
      [
        'eleven documents',
        { documentIds: Array.from({ length: 11 }, (_, i) => `d${i}`) },
        'TOO_MANY_DOCUMENTS',
      ],
      ['a script in the body', { body: '<script>x</script>' }, 'UNSAFE_MARKDOWN'],
    ])('refuses %s before touching the database', async (_, change, code) => {
      const { sut, mock } = await newTestService(ThreadService);
      await expect(sut.createThread(viewer, { ...input, ...change })).rejects.toMatchObject({
        code,
      });
      expect(mock(TransactionRunner).run).not.toHaveBeenCalled();
    });

    it('accepts ten tags that are eleven before duplicates are folded', async () => {
      const { sut, mock } = await newTestService(ThreadService);
      mock(TransactionRunner).run.mockRejectedValue(new Error('reached the database'));
      const tags = [...Array.from({ length: 10 }, (_, i) => `t${i}`), ' T0 '];
      await expect(sut.createThread(viewer, { ...input, tags })).rejects.toThrow(
        'reached the database',
      );
    });
  });
});
