module.exports = {
  displayName: 'gateway:integration',
  preset: '../../jest.preset.js',
  ...require('../shared/testing/jest.integration.preset.js'),
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
};
