/**
 * Browser tests: the whole platform started as `npm start` starts it (once per run, in
 * globalSetup), driven through Debian's chromium by playwright-core. One worker: one platform.
 */
module.exports = {
  displayName: 'web-e2e',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 120_000,
  maxWorkers: 1,
};
