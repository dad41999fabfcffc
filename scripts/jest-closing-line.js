/**
 * A Jest reporter that ends the run with the plain closing line CI reads in any language:
 * "tests: N passed, N failed, N skipped" alone on a line.
 */
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\ntests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}

module.exports = ClosingLineReporter;
