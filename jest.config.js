/* global module */
/** Jest: TypeScript and TSX through SWC; every suite under test/, component suites in jsdom by their docblock. */
/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testTimeout: 60000,
  // The machine has two cores; the e2e and build suites fork processes of their own.
  maxWorkers: 2,
  setupFiles: ['<rootDir>/test/setup/browser-globals.ts'],
  reporters: ['default', '<rootDir>/scripts/jest-closing-line.js'],
};
