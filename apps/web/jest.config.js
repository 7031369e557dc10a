// Component and logic tests of the web app in jsdom. The package is an ES module, hence import.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const base = require('../../tools/jest.base')('web', {
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  setupFiles: ['<rootDir>/jest.setup.ts'],
});

export default {
  ...base,
  // A page's own stylesheet (import '../adherence.css') is Vite's to bundle; jsdom needs none.
  moduleNameMapper: { ...base.moduleNameMapper, '\\.css$': '<rootDir>/jest.style-stub.cjs' },
};
