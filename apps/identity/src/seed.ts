import { NestFactory } from '@nestjs/core';
import type { SeedReport } from '@mreza/identity';
import { IdentityModule, loadIdentityConfig, SeedService } from '@mreza/identity';
import { describeStartupError } from '@mreza/shared/service';

/** Runs identity's migrations and seeds what is missing; prints what a new user needs to know. */
async function seed(): Promise<SeedReport> {
  const config = loadIdentityConfig();
  const context = await NestFactory.createApplicationContext(IdentityModule.forSeed(config), {
    logger: ['error'],
  });
  try {
    return await context.get(SeedService).run();
  } finally {
    await context.close();
  }
}

function print(report: SeedReport): void {
  if (report.organisationsAdded > 0)
    console.log(`${report.organisationsAdded} organisations added`);
  if (report.admin) {
    console.log(`Administrator created: ${report.admin.email}`);
    if (report.admin.generatedPassword) {
      console.log(`  password: ${report.admin.generatedPassword}   (shown once: write it down)`);
    }
  }
  if (report.demo) {
    const example = report.demo.emails[1] ?? report.demo.emails[0];
    console.log(`${report.demo.emails.length} demo members created, e.g. ${example}`);
    console.log(
      `  demo password: ${report.demo.password}   (shown once; SEED_DEMO_DATA=false skips them)`,
    );
  }
  if (!report.organisationsAdded && !report.admin && !report.demo) {
    console.log('nothing to seed: the data is in place');
  }
}

seed().then(print, (error: unknown) => {
  console.error(`[seed] failed: ${describeStartupError(error)}`);
  process.exit(1);
});
