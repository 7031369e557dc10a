// Whole-flow tests through HTTP against a real PostgreSQL: a fresh embedded one per file, or a
// fresh database on the server DATABASE_URL names. Slower than unit specs, hence the timeout
// (set in a setup file: `testTimeout` is global and ignored per project).
module.exports = require('../../tools/jest.base')('e2e', {
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/support/timeout.ts'],
});
