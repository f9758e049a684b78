module.exports = {
  displayName: 'shared-events:integration',
  preset: '../../../jest.preset.js',
  ...require('../testing/jest.integration.preset.js'),
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
};
