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
  reporters: ['default', '<rootDir>/tools/jest-totals-reporter.js'],
};
