// Shared Jest settings: SWC compiles TypeScript (with the decorator metadata NestJS needs),
// and workspace packages resolve to their sources so tests never run against a stale build.
const path = require('node:path');

const root = path.resolve(__dirname, '..');

module.exports = (displayName, overrides = {}) => ({
  displayName,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            react: { runtime: 'automatic' },
          },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@bemanna/(erlang|forecast|schedule|calendar|demo)$': `${root}/libs/$1/src/index.ts`,
  },
  ...overrides,
});
