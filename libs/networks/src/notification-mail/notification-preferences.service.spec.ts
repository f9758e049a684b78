import { Role } from '@mreza/shared/auth';
import { TransactionRunner } from '@mreza/shared/database';
import { newTestService } from '@mreza/shared/testing';
import { DigestFrequency } from './notification-preferences.entity';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { NotificationPreferencesService } from './notification-preferences.service';

const viewer = { id: 'viewer', role: Role.MEMBER, organisationId: null, sessionId: 's' };
const tx = {} as never;

describe(NotificationPreferencesService.name, () => {
  const build = async () => {
    const built = await newTestService(NotificationPreferencesService);
    built
      .mock(TransactionRunner)
      .run.mockImplementation((work: (tx: never) => unknown) => work(tx));
    built
      .mock(NotificationPreferencesRepository)
      .save.mockImplementation(async (userId: string, preferences: object) => ({
        userId,
        ...preferences,
        updatedAt: new Date(),
      }));
    return built;
  };

  describe('ofViewer', () => {
    it('gives a member who never chose a daily digest and announcement e-mails', async () => {
      const { sut, mock } = await build();
      mock(NotificationPreferencesRepository).find.mockResolvedValue(null);
      expect(await sut.ofViewer(viewer)).toEqual({
        digest: DigestFrequency.DAILY,
        announcementEmails: true,
      });
      expect(mock(NotificationPreferencesRepository).find).toHaveBeenCalledWith('viewer');
    });
  });

  describe('update', () => {
    it('changes only the fields given, starting from the defaults', async () => {
      const { sut, mock } = await build();
      mock(NotificationPreferencesRepository).findForUpdate.mockResolvedValue(null);
      expect(await sut.update(viewer, { announcementEmails: false })).toEqual({
        digest: DigestFrequency.DAILY,
        announcementEmails: false,
      });
      expect(mock(NotificationPreferencesRepository).save).toHaveBeenCalledWith(
        'viewer',
        { digest: DigestFrequency.DAILY, announcementEmails: false },
        tx,
      );
    });

    it('keeps what the member chose before', async () => {
      const { sut, mock } = await build();
      mock(NotificationPreferencesRepository).findForUpdate.mockResolvedValue({
        userId: 'viewer',
        digest: DigestFrequency.NONE,
        announcementEmails: false,
        updatedAt: new Date(),
      });
      expect(await sut.update(viewer, { digest: DigestFrequency.WEEKLY })).toEqual({
        digest: DigestFrequency.WEEKLY,
        announcementEmails: false,
      });
    });

    it('refuses null for a field', async () => {
      const { sut, mock } = await build();
      expect(() => sut.update(viewer, { digest: null })).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      );
      expect(mock(NotificationPreferencesRepository).save).not.toHaveBeenCalled();
    });
  });
});
