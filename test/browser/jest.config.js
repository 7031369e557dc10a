// The web app in headless Chromium (Debian's `chromium`, driven by playwright-core) against the
// real API on a fresh embedded PostgreSQL with the demo centre loaded. Needs `npm run build`
// first (the API serves apps/web/dist). Timeout in a setup file: `testTimeout` is global.
module.exports = require('../../tools/jest.base')('browser', {
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.browser-spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/support/timeout.ts'],
});
