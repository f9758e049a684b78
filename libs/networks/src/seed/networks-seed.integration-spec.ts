import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { useTestEnvironment } from '@mreza/shared/testing';
import { loadNetworksConfig } from '../networks.config';
import { NetworksModule } from '../networks.module';
import { SEED_NETWORKS } from '../networks/seed/sctm-networks';
import { NetworksSeedService } from './networks-seed.service';

/** Runs the seed as the `seed` command does. */
async function runSeed() {
  useTestEnvironment();
  const context = await NestFactory.createApplicationContext(
    NetworksModule.forSeed(loadNetworksConfig()),
    { logger: false },
  );
  try {
    const report = await context.get(NetworksSeedService).run();
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
});
