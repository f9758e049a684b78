import { DataSource } from 'typeorm';
import { TransactionRunner } from '@mreza/shared/database';
import { DEMO_PEOPLE } from '@mreza/shared/demo';
import { EventOutbox } from '@mreza/shared/events';
import { PostRepository } from '../posts/post.repository';
import { ReplicaRepository } from '../replicas/replica.repository';
import type { DiscussionsTestApp } from '../testing/discussions-test-app';
import { startDiscussions } from '../testing/discussions-test-app';
import { ThreadRepository } from '../threads/thread.repository';
import { DemoDiscussionsSeeder } from './demo-discussions.seeder';
import { demoThreads } from './demo-threads';

const ids = Object.fromEntries(
  Object.entries(DEMO_PEOPLE).map(([key, person]) => [key, person.id]),
) as Record<keyof typeof DEMO_PEOPLE, string>;

describe(DemoDiscussionsSeeder.name, () => {
  let app: DiscussionsTestApp;
  let seeder: DemoDiscussionsSeeder;
  const at = new Date('2026-01-01T00:00:00Z');

  beforeAll(async () => {
    app = await startDiscussions();
    const get = <T>(type: new (...args: never[]) => T) => app.app.get(type);
    seeder = new DemoDiscussionsSeeder(
      true,
      get(ReplicaRepository),
      get(ThreadRepository),
      get(PostRepository),
      get(EventOutbox),
      get(TransactionRunner),
    );
  });
  afterAll(() => app.close());

  const network = async (slug: string, people: (keyof typeof DEMO_PEOPLE)[]) => {
    const replicas = app.app.get(ReplicaRepository);
    const networkId = (await app.query<{ id: string }>(`SELECT gen_random_uuid() AS id`))[0].id;
    await replicas.upsertNetwork(
      {
        networkId,
        slug,
        nameLatin: slug,
        nameCyrillic: slug,
        nameEnglish: slug,
        visibility: 'OPEN',
        archived: false,
      },
      at,
    );
    for (const key of people) {
      await replicas.upsertMember({ networkId, userId: DEMO_PEOPLE[key].id, role: 'MEMBER' }, at);
    }
    return networkId;
  };

  it('waits until the networks and the people are known, then seeds each thread once', async () => {
    expect(await seeder.seedWhatIsReady()).toBe(3);
    await network('local-finances', [
      'jelenaJovanovic',
      'markoPetrovic',
      'ivanaDjordjevic',
      'nemanjaIlic',
    ]);
    expect(await seeder.seedWhatIsReady()).toBe(1);
    await network('social-protection', ['anaNikolic', 'snezanaPopovic', 'draganaMarkovic']);
    expect(await seeder.seedWhatIsReady()).toBe(0);
    expect(await seeder.seedWhatIsReady()).toBe(0);

    // Other suites of the run write threads too: only the demo ones count here.
    const demoIds = demoThreads(ids).map((thread) => thread.id);
    const threads = await app.query<{ title: string; reply_count: number }>(
      `SELECT title, reply_count FROM discussions.threads WHERE id = ANY($1) ORDER BY created_at`,
      [demoIds],
    );
    expect(threads.map((thread) => thread.reply_count)).toEqual([3, 1, 2]);
    const published = (await app.events('discussions.post.published')).filter((event) =>
      demoIds.includes(event.payload.threadId as string),
    );
    expect(published).toHaveLength(9);
    const mentions = await app.app.get(DataSource).query(
      `SELECT m.user_id FROM discussions.post_mentions m
       JOIN discussions.posts p ON p.id = m.post_id WHERE p.thread_id = ANY($1)`,
      [demoIds],
    );
    expect(mentions).toEqual([{ user_id: DEMO_PEOPLE.nemanjaIlic.id }]);
  });
});
