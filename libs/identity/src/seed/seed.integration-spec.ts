import { useTestEnvironment } from '@mreza/shared/testing';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadIdentityConfig } from '../identity.config';
import { IdentityModule } from '../identity.module';
import { SERBIAN_LOCAL_GOVERNMENTS } from '../organisations/seed/serbian-local-governments';
import type { SeedReport } from './seed.service';
import { SeedService } from './seed.service';

/** Runs the seed as the `seed` command does; returns its report and the municipalities in place. */
async function runSeed(
  env: Record<string, string>,
): Promise<{ report: SeedReport; localGovernments: number }> {
  useTestEnvironment(env);
  const context = await NestFactory.createApplicationContext(
    IdentityModule.forSeed(loadIdentityConfig()),
    {
      logger: false,
    },
  );
  try {
    const report = await context.get(SeedService).run();
    // Other test files add municipalities of their own to the same database: count the seeded ones.
    const [{ count }] = await context
      .get(DataSource)
      .query<{ count: string }[]>(
        `SELECT count(*) FROM identity.organisations WHERE country = 'RS' AND name_latin = ANY($1)`,
        [SERBIAN_LOCAL_GOVERNMENTS.map((unit) => unit.nameLatin)],
      );
    return { report, localGovernments: Number(count) };
  } finally {
    await context.close();
  }
}

describe(SeedService.name, () => {
  const adminEmail = `admin.${Date.now()}@seed.test`;

  it('fills an empty platform once and adds nothing the second time', async () => {
    const first = await runSeed({ MREZA_ADMIN_EMAIL: adminEmail, SEED_DEMO_DATA: 'true' });
    expect(first.report.organisationsAdded).toBeGreaterThanOrEqual(145);
    expect(first.localGovernments).toBe(145);
    expect(first.report.admin).toEqual({
      email: adminEmail,
      generatedPassword: expect.stringMatching(/^\w{4}-\w{4}-\w{4}-\w{4}$/),
    });
    expect(first.report.demo?.emails.length).toBeGreaterThan(5);

    const second = await runSeed({ MREZA_ADMIN_EMAIL: adminEmail, SEED_DEMO_DATA: 'true' });
    expect(second.report).toEqual({ organisationsAdded: 0, admin: undefined, demo: undefined });
  });

  it('takes the administrator password from MREZA_ADMIN_PASSWORD and refuses a weak one', async () => {
    const email = `admin2.${Date.now()}@seed.test`;
    await expect(
      runSeed({ MREZA_ADMIN_EMAIL: email, MREZA_ADMIN_PASSWORD: 'admin123' }),
    ).rejects.toThrow(/^Invalid configuration: MREZA_ADMIN_PASSWORD: /);
    const { report } = await runSeed({
      MREZA_ADMIN_EMAIL: email,
      MREZA_ADMIN_PASSWORD: 'Fresh-Start-Check-2026!',
    });
    expect(report.admin).toEqual({ email, generatedPassword: undefined });
  });
});
