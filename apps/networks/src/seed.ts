import { NestFactory } from '@nestjs/core';
import type { NetworksSeedReport } from '@mreza/networks';
import { loadNetworksConfig, NetworksModule, NetworksSeedService } from '@mreza/networks';
import { describeStartupError } from '@mreza/shared/service';

/** Runs the networks service's migrations and adds the seed networks that are missing. */
async function seed(): Promise<NetworksSeedReport> {
  const config = loadNetworksConfig();
  const context = await NestFactory.createApplicationContext(NetworksModule.forSeed(config), {
    logger: ['error'],
  });
  try {
    return await context.get(NetworksSeedService).run({ demoData: config.SEED_DEMO_DATA });
  } finally {
    await context.close();
  }
}

function print(report: NetworksSeedReport): void {
  if (report.networksAdded > 0) console.log(`${report.networksAdded} networks added`);
  if (report.demo) {
    console.log(
      `demo members placed in networks (${report.demo.memberships} memberships, ${report.demo.posts} posts)`,
    );
  }
  if (report.networksAdded === 0 && !report.demo) {
    console.log('nothing to seed: the networks are in place');
  }
}

seed().then(print, (error: unknown) => {
  console.error(`[seed] failed: ${describeStartupError(error)}`);
  process.exit(1);
});
