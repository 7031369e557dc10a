// Adds up the "N passed, N failed[, N skipped]" lines of several test runs (one file argument)
// and prints the total as the last line of CI's output.
const fs = require('node:fs');

const totals = { passed: 0, failed: 0, skipped: 0 };
const file = process.argv[2];
const lines = file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
for (const line of lines) {
  for (const key of Object.keys(totals)) {
    const match = new RegExp(`(\\d+) ${key}`).exec(line);
    if (match) totals[key] += Number(match[1]);
  }
}
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
