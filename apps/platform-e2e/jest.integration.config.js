module.exports = {
  displayName: 'platform-e2e',
  preset: '../../jest.preset.js',
  ...require('../../jest.integration.preset.js'),
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
};
