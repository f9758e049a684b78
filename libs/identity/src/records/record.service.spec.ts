import { Role } from '@mreza/shared/auth';
import { TransactionRunner } from '@mreza/shared/database';
import { newTestService } from '@mreza/shared/testing';
import { UserRepository } from '../accounts/user.repository';
import { IDENTITY_CONFIG } from '../identity.config';
import { RecordService } from './record.service';

const member = (id: string, organisationId: string, isLiaisonOfficer = false) => ({
  id,
  organisationId,
  isLiaisonOfficer,
  leftAt: null,
});
const actor = (id: string, role = Role.MEMBER) => ({
  id,
  role,
  organisationId: null,
  sessionId: 's',
});

describe(RecordService.name, () => {
  const build = () =>
    newTestService(RecordService, [
      { token: IDENTITY_CONFIG, value: { RECORD_CONFIRMATION_MONTHS: 12 } },
    ]);

  describe('recordDeparture', () => {
    it("refuses a colleague who is not the organisation's liaison officer", async () => {
      const { sut, mock } = await build();
      mock(UserRepository).findById.mockImplementation(async (id: string) =>
        id === 'leaving' ? member('leaving', 'org') : member('colleague', 'org'),
      );
      await expect(
        sut.recordDeparture(actor('colleague'), { userId: 'leaving' }),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(mock(TransactionRunner).run).not.toHaveBeenCalled();
    });

    it('refuses a liaison officer of another organisation', async () => {
      const { sut, mock } = await build();
      mock(UserRepository).findById.mockImplementation(async (id: string) =>
        id === 'leaving' ? member('leaving', 'org') : member('liaison', 'other-org', true),
      );
      await expect(
        sut.recordDeparture(actor('liaison'), { userId: 'leaving' }),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('lets staff record a departure without looking at their own record', async () => {
      const { sut, mock } = await build();
      mock(UserRepository).findById.mockResolvedValue(member('leaving', 'org'));
      mock(TransactionRunner).run.mockResolvedValue({ user: {}, successorInvitation: null });
      await sut.recordDeparture(actor('staff', Role.STAFF), { userId: 'leaving' });
      expect(mock(UserRepository).findById).toHaveBeenCalledTimes(1);
      expect(mock(TransactionRunner).run).toHaveBeenCalledTimes(1);
    });
  });
});
