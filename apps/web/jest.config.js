// Component and logic tests of the web app in jsdom. The package is an ES module, hence import.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export default require('../../tools/jest.base')('web', {
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  setupFiles: ['<rootDir>/jest.setup.ts'],
});
