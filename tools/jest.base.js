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
  // Tests run in a vm context, where every look-up of a global such as `Math` goes through an
  // interceptor (jestjs/jest#5163, nodejs/node#31658). The optimiser's hot loops then ran 3-7x
  // slower than in Node: the demo week's generation with 3 s took 16 s under Jest, 5.4 s in
  // Node. Handing each module the context's own builtins as parameters makes them local: 5.9 s,
  // and the whole suite 228 s -> 185 s. Same realm, so `instanceof` holds; never `Date` or
  // timers, which fake timers replace after modules have loaded.
  sandboxInjectedGlobals: [
    'Math',
    'Number',
    'Array',
    'Object',
    'Map',
    'Set',
    'Float64Array',
    'Int32Array',
    'Uint8Array',
    'Uint32Array',
  ],
  moduleNameMapper: {
    '^@bemanna/(adherence|capacity|erlang|forecast|schedule|calendar|demo)$': `${root}/libs/$1/src/index.ts`,
  },
  ...overrides,
});
