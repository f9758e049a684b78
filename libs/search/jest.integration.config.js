module.exports = {
  displayName: 'search:integration',
  preset: '../../jest.preset.js',
  ...require('../../jest.integration.preset.js'),
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
};
