import { EventOutbox } from '@mreza/shared/events';
import { newTestService } from '@mreza/shared/testing';
import { PostKind } from '../feeds/post.entity';
import type { NetworkEntity } from '../networks/network.entity';
import { AnnouncementMailService } from './announcement-mail.service';
import { MAX_RECIPIENTS_PER_EVENT } from './mail-request.events';
import { NotificationPreferencesRepository } from './notification-preferences.repository';

const tx = {} as never;
const network = {
  id: 'net',
  slug: 'lokalne-finansije',
  nameLatin: 'Lokalne finansije',
  nameCyrillic: 'Локалне финансије',
  nameEnglish: 'Local finances',
} as NetworkEntity;
const post = {
  id: 'post',
  networkId: 'net',
  authorId: 'author',
  kind: PostKind.ANNOUNCEMENT,
  body: 'Sednica je u **petak**.',
  pinned: false,
  createdAt: new Date(),
  editedAt: null,
  deletedAt: null,
};

describe(AnnouncementMailService.name, () => {
  const build = async (recipients: string[]) => {
    const built = await newTestService(AnnouncementMailService);
    built
      .mock(NotificationPreferencesRepository)
      .findAnnouncementRecipients.mockResolvedValue(recipients);
    built.mock(EventOutbox).record.mockResolvedValue(undefined);
    return built;
  };

  it('asks identity to mail the whole announcement to every member but the author', async () => {
    const { sut, mock } = await build(['a', 'b']);
    expect(await sut.requestFor(post, network, tx)).toBe(2);
    expect(mock(NotificationPreferencesRepository).findAnnouncementRecipients).toHaveBeenCalledWith(
      'net',
      'author',
      tx,
    );
    expect(mock(EventOutbox).record).toHaveBeenCalledWith(tx, {
      type: 'networks.mail.requested',
      version: 1,
      payload: {
        template: 'networks.announcement',
        recipientIds: ['a', 'b'],
        params: {
          networkId: 'net',
          networkSlug: 'lokalne-finansije',
          networkName: {
            latin: 'Lokalne finansije',
            cyrillic: 'Локалне финансије',
            english: 'Local finances',
          },
          postId: 'post',
          authorId: 'author',
          body: 'Sednica je u **petak**.',
        },
      },
    });
  });

  it('splits a large network into several requests', async () => {
    const many = Array.from({ length: MAX_RECIPIENTS_PER_EVENT + 1 }, (_, i) => `m${i}`);
    const { sut, mock } = await build(many);
    await sut.requestFor(post, network, tx);
    const [, ...events] = mock(EventOutbox).record.mock.calls[0] as [
      never,
      ...{ payload: { recipientIds: string[] } }[],
    ];
    expect(events.map((event) => event.payload.recipientIds.length)).toEqual([
      MAX_RECIPIENTS_PER_EVENT,
      1,
    ]);
  });

  it('records nothing when nobody takes announcement e-mails', async () => {
    const { sut, mock } = await build([]);
    expect(await sut.requestFor(post, network, tx)).toBe(0);
    expect(mock(EventOutbox).record).not.toHaveBeenCalled();
  });
});
