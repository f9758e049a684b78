import { Role } from '@mreza/shared/auth';
import { newTestService } from '@mreza/shared/testing';
import type { UserEntity } from '../accounts/user.entity';
import { ContactVisibility, UserStatus } from '../accounts/user.entity';
import { UserRepository } from '../accounts/user.repository';
import { IDENTITY_CONFIG } from '../identity.config';
import { MailOutbox } from './mail-outbox';
import type { MailRequest } from './mail-request.service';
import { MailRequestService } from './mail-request.service';

const tx = {} as never;

const person = (id: string, patch: Partial<UserEntity> = {}): UserEntity => ({
  id,
  email: `${id}@opstina.test`,
  passwordHash: null,
  role: Role.MEMBER,
  status: UserStatus.ACTIVE,
  firstName: 'Ime',
  lastName: id,
  organisationId: null,
  position: null,
  expertise: [],
  languages: [],
  phone: null,
  contactVisibility: ContactVisibility.MEMBERS,
  isLiaisonOfficer: false,
  interfaceLanguage: 'sr-Latn',
  recordConfirmedAt: new Date(),
  leftAt: null,
  successorId: null,
  failedLoginCount: 0,
  loginBlockedUntil: null,
  createdAt: new Date(),
  updatedAt: new Date(),
  ...patch,
});

const request: MailRequest = {
  template: 'networks.announcement',
  recipientIds: ['active', 'english', 'suspended', 'deactivated', 'unknown'],
  params: {
    networkId: 'net',
    networkSlug: 'local-finances',
    networkName: {
      latin: 'Lokalne finansije',
      cyrillic: 'Локалне финансије',
      english: 'Local finances',
    },
    postId: 'post',
    authorId: 'author',
    body: 'Sednica je u petak.',
  },
};

describe(MailRequestService.name, () => {
  const build = async () => {
    const built = await newTestService(MailRequestService, [
      { token: IDENTITY_CONFIG, value: { PUBLIC_URL: 'https://mreza.example.org/' } },
    ]);
    built
      .mock(UserRepository)
      .findByIds.mockResolvedValue([
        person('active'),
        person('english', { interfaceLanguage: 'en' }),
        person('suspended', { status: UserStatus.SUSPENDED }),
        person('deactivated', { status: UserStatus.DEACTIVATED }),
      ]);
    built
      .mock(UserRepository)
      .findById.mockResolvedValue(person('author', { firstName: 'Petar', lastName: 'Perić' }));
    built.mock(MailOutbox).queueAll.mockResolvedValue(undefined);
    return built;
  };

  it('queues the mail for active accounts only, each in their own language', async () => {
    const { sut, mock } = await build();
    expect(await sut.fulfil(request, tx)).toBe(2);
    expect(mock(UserRepository).findByIds).toHaveBeenCalledWith(request.recipientIds, tx);
    expect(mock(MailOutbox).queueAll).toHaveBeenCalledTimes(1);
    const [[messages, inTx]] = mock(MailOutbox).queueAll.mock.calls;
    expect(inTx).toBe(tx);
    const queued = messages as { recipient: string; subject: string; body: string }[];
    expect(queued.map((mail) => [mail.recipient, mail.subject])).toEqual([
      ['active@opstina.test', 'Obaveštenje mreže „Lokalne finansije“'],
      ['english@opstina.test', 'Announcement in the network "Local finances"'],
    ]);
    expect(queued[0].body).toContain('Petar Perić je objavio/la');
    expect(queued[1].body).toContain('https://mreza.example.org/networks/local-finances');
  });

  it('queues nothing, and looks up no author, when no recipient is active', async () => {
    const { sut, mock } = await build();
    mock(UserRepository).findByIds.mockResolvedValue([
      person('suspended', { status: UserStatus.SUSPENDED }),
    ]);
    expect(await sut.fulfil(request, tx)).toBe(0);
    expect(mock(UserRepository).findById).not.toHaveBeenCalled();
    expect(mock(MailOutbox).queueAll).not.toHaveBeenCalled();
  });
});
