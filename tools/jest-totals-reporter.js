// Prints the run's totals on a line of their own ("N passed, N failed"), the form CI reads, and
// appends them to $JEST_TOTALS_FILE when set so .ci/run can add several runs together.
const fs = require('node:fs');

class TotalsReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`\n${line}\n`);
    if (process.env.JEST_TOTALS_FILE) fs.appendFileSync(process.env.JEST_TOTALS_FILE, `${line}\n`);
  }
}
module.exports = TotalsReporter;
