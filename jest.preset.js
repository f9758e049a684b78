const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const swcConfig = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8'));

/** Shared by every project's jest config: SWC transform (keeps decorator metadata) and path aliases. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcConfig, swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  resolver: '@nx/jest/plugins/resolver',
  coverageReporters: ['text-summary'],
};
