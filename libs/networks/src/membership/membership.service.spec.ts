import { Role } from '@mreza/shared/auth';
import { TransactionRunner } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import { newTestService } from '@mreza/shared/testing';
import { NetworkVisibility } from '../networks/network.entity';
import { NetworkService } from '../networks/network.service';
import { MemberRepository } from './member.repository';
import { MembershipRequestRepository } from './membership-request.repository';
import { MembershipService } from './membership.service';
import { NetworkRole } from './network-member.entity';

const viewer = (role = Role.MEMBER) => ({
  id: 'viewer',
  role,
  organisationId: null,
  sessionId: 's',
});
const tx = {} as never;

describe(MembershipService.name, () => {
  const build = async () => {
    const built = await newTestService(MembershipService);
    built
      .mock(TransactionRunner)
      .run.mockImplementation((work: (tx: never) => unknown) => work(tx));
    built.mock(EventOutbox).record.mockResolvedValue(undefined);
    return built;
  };

  describe('decide', () => {
    it('refuses a rejection without a reason before touching the database', async () => {
      const { sut, mock } = await build();
      await expect(sut.decide(viewer(), 'request', false, '   ')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      expect(mock(TransactionRunner).run).not.toHaveBeenCalled();
    });
  });

  describe('join', () => {
    it('lets staff into a closed network without a request', async () => {
      const { sut, mock } = await build();
      mock(NetworkService).requireWritable.mockResolvedValue({
        id: 'net',
        visibility: NetworkVisibility.CLOSED,
      });
      mock(MemberRepository).find.mockResolvedValue(null);
      mock(MemberRepository).insert.mockImplementation(async (member: object) => ({
        ...member,
        joinedAt: new Date(),
      }));
      const result = await sut.join(viewer(Role.STAFF), 'net');
      expect(result.membership).toMatchObject({ userId: 'viewer', role: NetworkRole.MEMBER });
      expect(mock(MembershipRequestRepository).insertPending).not.toHaveBeenCalled();
    });

    it('asks a closed network for a member', async () => {
      const { sut, mock } = await build();
      mock(NetworkService).requireWritable.mockResolvedValue({
        id: 'net',
        visibility: NetworkVisibility.CLOSED,
      });
      mock(MemberRepository).find.mockResolvedValue(null);
      mock(MembershipRequestRepository).insertPending.mockResolvedValue({
        id: 'r',
        networkId: 'net',
        userId: 'viewer',
      });
      const result = await sut.join(viewer(), 'net');
      expect(result).toMatchObject({ membership: null, request: { id: 'r' } });
      expect(mock(EventOutbox).record).toHaveBeenCalledWith(
        tx,
        expect.objectContaining({ type: 'networks.membership.requested' }),
      );
    });
  });

  describe('handOverMemberships', () => {
    it('does nothing when a user would succeed themselves', async () => {
      const { sut, mock } = await build();
      await expect(sut.handOverMemberships('u', 'u')).resolves.toBe(0);
      expect(mock(TransactionRunner).run).not.toHaveBeenCalled();
    });
  });
});
