/** Integration tests: real PostgreSQL (a fresh database per run), one worker, generous timeouts. */
module.exports = {
  globalSetup: `${__dirname}/libs/shared/testing/src/global-setup.mjs`,
  globalTeardown: `${__dirname}/libs/shared/testing/src/global-teardown.mjs`,
  testTimeout: 60_000,
  maxWorkers: 1,
};
