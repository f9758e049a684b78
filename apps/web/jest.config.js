/** Unit tests of the client's logic (session, errors, translations) in Node, without a browser. */
export default {
  displayName: 'web',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: { '^@web/(.*)$': '<rootDir>/src/$1' },
};
