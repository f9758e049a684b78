import { Role } from '@mreza/shared/auth';
import { TransactionRunner } from '@mreza/shared/database';
import { newTestService } from '@mreza/shared/testing';
import { DiscussionAccess } from '../access/discussion-access';
import type { HoldRules } from './hold-policy';
import { ModerationLogRepository } from './moderation-log.repository';
import { ModerationRulesRepository } from './moderation-rules.repository';
import { FlagAction, ModerationService } from './moderation.service';

const viewer = { id: 'coordinator', role: Role.MEMBER, organisationId: null, sessionId: 's' };
const tx = {} as never;
const HOUR = 3600 * 1000;
const rules: HoldRules = { holdNewMembersDays: 0, heldKeywords: [], heldLinkDomains: [] };

describe(ModerationService.name, () => {
  const build = async () => {
    const built = await newTestService(ModerationService);
    built
      .mock(TransactionRunner)
      .run.mockImplementation((work: (tx: never) => unknown) => work(tx));
    built.mock(DiscussionAccess).requireLiveModerator.mockResolvedValue({ id: 'net' });
    built.mock(ModerationRulesRepository).save.mockResolvedValue(undefined);
    built.mock(ModerationLogRepository).append.mockResolvedValue(undefined);
    return built;
  };

  describe('updateModerationRules', () => {
    it('trims, deduplicates and reduces links to host names', async () => {
      const { sut, mock } = await build();
      const saved = await sut.updateModerationRules(viewer, 'net', {
        holdNewMembersDays: 7,
        heldKeywords: [' izbori ', 'izbori', ''],
        heldLinkDomains: ['https://Kampanja.rs/stranica', 'kampanja.rs'],
      });
      expect(saved).toEqual({
        holdNewMembersDays: 7,
        heldKeywords: ['izbori'],
        heldLinkDomains: ['kampanja.rs', 'kampanja.rs'],
      });
      expect(mock(ModerationRulesRepository).save).toHaveBeenCalledWith(
        'net',
        saved,
        viewer.id,
        tx,
      );
    });

    it.each([
      ['a negative number of days', { holdNewMembersDays: -1 }],
      ['more than a year', { holdNewMembersDays: 366 }],
      ['a fraction of a day', { holdNewMembersDays: 1.5 }],
      ['101 keywords', { heldKeywords: Array.from({ length: 101 }, (_, i) => `k${i}`) }],
      ['a keyword of 101 characters', { heldKeywords: ['a'.repeat(101)] }],
      ['a link rule that is not a domain', { heldLinkDomains: ['not a domain'] }],
    ])('refuses %s before touching the database', async (_, change) => {
      const { sut, mock } = await build();
      await expect(
        sut.updateModerationRules(viewer, 'net', { ...rules, ...change }),
      ).rejects.toMatchObject({ code: 'RULES_INVALID' });
      expect(mock(TransactionRunner).run).not.toHaveBeenCalled();
    });
  });

  describe('muteMember', () => {
    it.each([
      ['shorter than an hour', 30 * 60 * 1000, 'MUTE_DURATION_INVALID'],
      ['already over', -HOUR, 'MUTE_DURATION_INVALID'],
      ['longer than a year', 366 * 24 * HOUR, 'MUTE_DURATION_INVALID'],
    ])('refuses a mute %s', async (_, length, code) => {
      const { sut, mock } = await build();
      const until = new Date(Date.now() + length);
      await expect(
        sut.muteMember(viewer, { networkId: 'net', userId: 'm', until, reason: 'Ton' }),
      ).rejects.toMatchObject({ code });
      expect(mock(TransactionRunner).run).not.toHaveBeenCalled();
    });

    it('requires a reason the member will see', async () => {
      const { sut } = await build();
      const until = new Date(Date.now() + 2 * HOUR);
      await expect(
        sut.muteMember(viewer, { networkId: 'net', userId: 'm', until, reason: '  ' }),
      ).rejects.toMatchObject({ code: 'REASON_REQUIRED' });
    });
  });

  describe('reasons', () => {
    it.each([FlagAction.HIDE, FlagAction.DELETE, FlagAction.WARN])(
      'requires a reason to resolve a flag with %s',
      async (action) => {
        const { sut, mock } = await build();
        await expect(
          sut.resolveFlag(viewer, { flagId: 'f', action, reason: ' ' }),
        ).rejects.toMatchObject({ code: 'REASON_REQUIRED' });
        expect(mock(TransactionRunner).run).not.toHaveBeenCalled();
      },
    );

    it('requires a reason to hide a post or reject a held one', async () => {
      const { sut } = await build();
      await expect(sut.hidePost(viewer, 'p', '')).rejects.toMatchObject({
        code: 'REASON_REQUIRED',
      });
      await expect(sut.reviewHeldPost(viewer, 'p', false, null)).rejects.toMatchObject({
        code: 'REASON_REQUIRED',
      });
    });

    it('refuses to merge a thread into itself', async () => {
      const { sut } = await build();
      await expect(sut.mergeThreads(viewer, 't', 't')).rejects.toMatchObject({
        code: 'INVALID_MOVE',
      });
    });
  });
});
