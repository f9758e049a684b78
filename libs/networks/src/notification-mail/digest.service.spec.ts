import { Logger } from '@nestjs/common';
import { TransactionRunner } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import { newTestService } from '@mreza/shared/testing';
import { NotificationKind } from '../notifications/notification.entity';
import { DIGEST_SCHEDULE } from './digest-period';
import type { DigestRow, DigestWindow } from './digest.repository';
import { DigestRepository } from './digest.repository';
import { DigestService, MAX_DIGEST_ITEMS, SETTLE_MS } from './digest.service';

const tx = {} as never;
const schedule = { enabled: true, hour: 7, timeZone: 'Europe/Belgrade' };
// Wednesday 11 June 2025, 12:00 in Belgrade.
const now = new Date('2025-06-11T10:00:00Z');

const row = (excerpt: string): DigestRow => ({
  kind: NotificationKind.ANNOUNCEMENT,
  networkSlug: 'lokalne-finansije',
  networkNameLatin: 'Lokalne finansije',
  networkNameCyrillic: 'Локалне финансије',
  networkNameEnglish: 'Local finances',
  excerpt,
  reason: null,
  threadId: null,
  threadTitle: null,
  createdAt: new Date('2025-06-10T09:00:00Z'),
});

describe(DigestService.name, () => {
  const build = async (due: Partial<Record<'DAILY' | 'WEEKLY', string[]>>) => {
    const built = await newTestService(DigestService, [
      { token: DIGEST_SCHEDULE, value: schedule },
    ]);
    built
      .mock(TransactionRunner)
      .run.mockImplementation((work: (tx: never) => unknown) => work(tx));
    built.mock(EventOutbox).record.mockResolvedValue(undefined);
    built
      .mock(DigestRepository)
      .findDue.mockImplementation(async (window: DigestWindow, after: string | null) =>
        after ? [] : (due[window.frequency] ?? []),
      );
    built.mock(DigestRepository).claim.mockResolvedValue(new Date('2025-06-10T05:00:00Z'));
    built.mock(DigestRepository).recordCount.mockResolvedValue(undefined);
    return built;
  };

  describe('windowAt', () => {
    it('is the last period closed at the given time', async () => {
      const { sut } = await build({});
      expect(sut.windowAt('DAILY', now)).toEqual({
        frequency: 'DAILY',
        end: new Date('2025-06-11T05:00:00Z'),
        firstFrom: new Date('2025-06-10T05:00:00Z'),
        floor: new Date('2025-05-14T05:00:00Z'),
      });
      expect(sut.windowAt('WEEKLY', now)).toMatchObject({
        end: new Date('2025-06-09T05:00:00Z'),
        firstFrom: new Date('2025-06-02T05:00:00Z'),
      });
    });

    it('closes a period a little after its end, for notifications still being written', async () => {
      const { sut } = await build({});
      const end = new Date('2025-06-11T05:00:00Z');
      expect(sut.windowAt('DAILY', new Date(end.getTime() + SETTLE_MS - 1)).end).toEqual(
        new Date('2025-06-10T05:00:00Z'),
      );
      expect(sut.windowAt('DAILY', new Date(end.getTime() + SETTLE_MS)).end).toEqual(end);
    });
  });

  describe('runDue', () => {
    it('asks identity for one digest per due member, of their own notifications', async () => {
      const { sut, mock } = await build({ DAILY: ['ana'], WEEKLY: ['bojan'] });
      mock(DigestRepository).findListable.mockImplementation(async (userId: string) => ({
        rows: [row(`za ${userId}`)],
        total: 1,
      }));

      expect(await sut.runDue(now)).toBe(2);

      const events = mock(EventOutbox).record.mock.calls.map(([, event]) => event);
      expect(events).toEqual([
        {
          type: 'networks.mail.requested',
          version: 1,
          payload: {
            template: 'networks.digest',
            recipientIds: ['ana'],
            params: {
              frequency: 'DAILY',
              moreCount: 0,
              items: [
                {
                  kind: 'ANNOUNCEMENT',
                  networkSlug: 'lokalne-finansije',
                  networkName: {
                    latin: 'Lokalne finansije',
                    cyrillic: 'Локалне финансије',
                    english: 'Local finances',
                  },
                  excerpt: 'za ana',
                  reason: null,
                  createdAt: '2025-06-10T09:00:00.000Z',
                },
              ],
            },
          },
        },
        expect.objectContaining({
          payload: expect.objectContaining({
            recipientIds: ['bojan'],
            params: expect.objectContaining({ frequency: 'WEEKLY' }),
          }),
        }),
      ]);
      expect(mock(DigestRepository).findListable).toHaveBeenCalledWith(
        'ana',
        new Date('2025-06-10T05:00:00Z'),
        new Date('2025-06-11T05:00:00Z'),
        MAX_DIGEST_ITEMS,
        tx,
      );
      expect(mock(DigestRepository).recordCount).toHaveBeenCalledWith(
        'ana',
        new Date('2025-06-11T05:00:00Z'),
        1,
        tx,
      );
    });

    it('lists a bounded number and says how many more there are', async () => {
      const { sut, mock } = await build({ DAILY: ['ana'] });
      const rows = Array.from({ length: MAX_DIGEST_ITEMS }, (_, i) => row(`${i}`));
      mock(DigestRepository).findListable.mockResolvedValue({ rows, total: MAX_DIGEST_ITEMS + 7 });
      await sut.runDue(now);
      const [[, event]] = mock(EventOutbox).record.mock.calls as [
        [never, { payload: { params: { items: unknown[]; moreCount: number } } }],
      ];
      expect(event.payload.params.items).toHaveLength(MAX_DIGEST_ITEMS);
      expect(event.payload.params.moreCount).toBe(7);
    });

    it('names the thread of a mention or a reply, so the mail links to it', async () => {
      const { sut, mock } = await build({ DAILY: ['ana'] });
      mock(DigestRepository).findListable.mockResolvedValue({
        rows: [
          {
            ...row('Šta mislite, @ana?'),
            kind: NotificationKind.MENTION,
            threadId: 'thread-1',
            threadTitle: 'Budžet za 2026.',
          },
          { ...row(''), kind: NotificationKind.MODERATION_WARNING, excerpt: null, reason: 'Ton' },
        ],
        total: 2,
      });
      await sut.runDue(now);
      const [[, event]] = mock(EventOutbox).record.mock.calls as [
        [never, { payload: { params: { items: unknown[] } } }],
      ];
      expect(event.payload.params.items).toEqual([
        expect.objectContaining({
          kind: 'MENTION',
          excerpt: 'Šta mislite, @ana?',
          threadId: 'thread-1',
          threadTitle: 'Budžet za 2026.',
        }),
        expect.objectContaining({ kind: 'MODERATION_WARNING', excerpt: null, reason: 'Ton' }),
      ]);
      expect(event.payload.params.items[1]).not.toHaveProperty('threadId');
    });

    it('sends nothing to a member whose digest was taken already', async () => {
      const { sut, mock } = await build({ DAILY: ['ana'] });
      mock(DigestRepository).claim.mockResolvedValue(null);
      expect(await sut.runDue(now)).toBe(0);
      expect(mock(DigestRepository).findListable).not.toHaveBeenCalled();
      expect(mock(EventOutbox).record).not.toHaveBeenCalled();
    });

    it('sends nothing to a member who read everything in the meantime', async () => {
      const { sut, mock } = await build({ DAILY: ['ana'] });
      mock(DigestRepository).findListable.mockResolvedValue({ rows: [], total: 0 });
      expect(await sut.runDue(now)).toBe(0);
      expect(mock(EventOutbox).record).not.toHaveBeenCalled();
    });

    it("goes on with the others when one member's digest fails", async () => {
      const { sut, mock } = await build({ DAILY: ['ana', 'bojan'] });
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      mock(DigestRepository).findListable.mockImplementation(async (userId: string) => {
        if (userId === 'ana') throw new Error('connection reset');
        return { rows: [row('x')], total: 1 };
      });
      expect(await sut.runDue(now)).toBe(1);
      expect(mock(EventOutbox).record).toHaveBeenCalledTimes(1);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('digest for ana failed'));
      logged.mockRestore();
    });

    it('reads due members page by page', async () => {
      const { sut, mock } = await build({});
      const page = Array.from({ length: 100 }, (_, i) => `m${String(i).padStart(3, '0')}`);
      mock(DigestRepository).findDue.mockImplementation(
        async (window: DigestWindow, after: string | null) =>
          window.frequency === 'DAILY' && after === null ? page : [],
      );
      mock(DigestRepository).findListable.mockResolvedValue({ rows: [row('x')], total: 1 });
      expect(await sut.runDue(now)).toBe(100);
      expect(mock(DigestRepository).findDue).toHaveBeenCalledWith(
        expect.objectContaining({ frequency: 'DAILY' }),
        'm099',
        100,
      );
    });
  });
});
