/** One `npm test` over every package; each package keeps its own jest.config.js. */
const fs = require('node:fs');
const path = require('node:path');

const projects = ['libs', 'apps', 'test']
  .flatMap((dir) =>
    fs.readdirSync(path.join(__dirname, dir)).map((name) => path.join(dir, name, 'jest.config.js')),
  )
  .filter((config) => fs.existsSync(path.join(__dirname, config)))
  .map((config) => `<rootDir>/${config}`);

module.exports = {
  projects,
  // Speed is proven by `npm run bench`, not by timed tests: a generous limit keeps a busy
  // two-core CI machine from failing correct tests, while still stopping a hung one.
  testTimeout: 120_000,
  reporters: ['default', '<rootDir>/tools/jest-totals-reporter.js'],
};
