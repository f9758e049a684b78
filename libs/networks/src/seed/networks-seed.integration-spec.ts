import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { DEMO_PEOPLE } from '@mreza/shared/demo';
import { useTestEnvironment } from '@mreza/shared/testing';
import { loadNetworksConfig } from '../networks.config';
import { NetworksModule } from '../networks.module';
import { SEED_NETWORKS } from '../networks/seed/sctm-networks';
import { DEMO_ANNOUNCEMENT, DEMO_POSTS } from './demo-content';
import type { NetworksSeedOptions } from './networks-seed.service';
import { NetworksSeedService } from './networks-seed.service';

/** Runs the seed as the `seed` command does. */
async function runSeed(options?: NetworksSeedOptions) {
  useTestEnvironment();
  const context = await NestFactory.createApplicationContext(
    NetworksModule.forSeed(loadNetworksConfig()),
    { logger: false },
  );
  try {
    const report = await context.get(NetworksSeedService).run(options);
    const rows = await context
      .get(DataSource)
      .query<{ slug: string; visibility: string; name_cyrillic: string }[]>(
        `SELECT slug, visibility, name_cyrillic FROM networks.networks WHERE slug = ANY($1)`,
        [SEED_NETWORKS.map((network) => network.slug)],
      );
    const [{ events }] = await context.get(DataSource).query<{ events: string }[]>(
      `SELECT count(*) AS events FROM networks.outbox
         WHERE type = 'networks.network.created' AND payload->>'slug' = ANY($1)`,
      [SEED_NETWORKS.map((network) => network.slug)],
    );
    return { report, rows, events: Number(events) };
  } finally {
    await context.close();
  }
}

describe(NetworksSeedService.name, () => {
  it('adds the 24 SCTM networks and the NALAS example once', async () => {
    const first = await runSeed();
    expect(first.report.networksAdded).toBe(25);
    expect(first.rows).toHaveLength(25);
    expect(first.events).toBe(25);
    expect(first.rows).toEqual(
      expect.arrayContaining([
        {
          slug: 'heads-of-local-tax-administrations',
          visibility: 'CLOSED',
          name_cyrillic: 'Руководиоци локалних пореских администрација',
        },
        { slug: 'local-finances', visibility: 'OPEN', name_cyrillic: 'Локалне финансије' },
      ]),
    );

    const second = await runSeed();
    expect(second.report.networksAdded).toBe(0);
    expect(second.events).toBe(25);
  });

  it('has names in both scripts that agree, and distinct slugs', () => {
    expect(new Set(SEED_NETWORKS.map((network) => network.slug)).size).toBe(25);
    for (const network of SEED_NETWORKS) {
      expect(network.nameCyrillic).toMatch(/[\u0400-\u04FF]/);
      expect(network.descriptionCyrillic).toMatch(/[\u0400-\u04FF]/);
      expect(network.nameLatin).not.toMatch(/[\u0400-\u04FF]/);
      expect(network.descriptionEnglish.length).toBeGreaterThan(20);
    }
  });
  it("places identity's demo members in networks, with a coordinator and posts, once", async () => {
    /** Everything the demo seed writes, to compare before and after a second run. */
    async function demoState() {
      useTestEnvironment();
      const context = await NestFactory.createApplicationContext(
        NetworksModule.forSeed(loadNetworksConfig()),
        { logger: false },
      );
      try {
        const db = context.get(DataSource);
        const ids = Object.values(DEMO_PEOPLE).map((person) => person.id);
        const members = await db.query<{ user_id: string; slug: string; role: string }[]>(
          `SELECT m.user_id, n.slug, m.role FROM networks.network_members m
           JOIN networks.networks n ON n.id = m.network_id
           WHERE m.user_id = ANY($1) ORDER BY m.user_id, n.slug`,
          [ids],
        );
        const posts = await db.query<{ id: string; kind: string; pinned: boolean; slug: string }[]>(
          `SELECT p.id, p.kind, p.pinned, n.slug FROM networks.network_posts p
           JOIN networks.networks n ON n.id = p.network_id WHERE p.id = ANY($1) ORDER BY p.id`,
          [DEMO_POSTS.map((post) => post.id)],
        );
        const [{ events }] = await db.query<{ events: string }[]>(
          `SELECT count(*) AS events FROM networks.outbox
           WHERE (type = 'networks.member.joined' AND payload->>'userId' = ANY($1))
              OR (type = 'networks.post.created' AND payload->>'postId' = ANY($2))`,
          [ids, DEMO_POSTS.map((post) => post.id)],
        );
        return { members, posts, events: Number(events) };
      } finally {
        await context.close();
      }
    }

    const first = await runSeed({ demoData: true });
    expect(first.report.demo).toEqual({ memberships: expect.any(Number), posts: 5 });
    const seeded = await demoState();
    const perPerson = new Map<string, number>();
    for (const row of seeded.members) {
      perPerson.set(row.user_id, (perPerson.get(row.user_id) ?? 0) + 1);
    }
    expect(perPerson.size).toBe(8);
    expect([...perPerson.values()].every((count) => count >= 1 && count <= 3)).toBe(true);
    expect(seeded.members.filter((row) => row.role === 'COORDINATOR')).toEqual([
      { user_id: DEMO_PEOPLE.markoPetrovic.id, slug: 'local-finances', role: 'COORDINATOR' },
    ]);
    expect(seeded.posts.filter((post) => post.pinned)).toEqual([
      { id: DEMO_ANNOUNCEMENT.id, kind: 'ANNOUNCEMENT', pinned: true, slug: 'local-finances' },
    ]);
    expect(seeded.events).toBe(seeded.members.length + seeded.posts.length);

    // Running again changes nothing.
    const second = await runSeed({ demoData: true });
    expect(second.report).toEqual({ networksAdded: 0 });
    expect(await demoState()).toEqual(seeded);
  });
});
