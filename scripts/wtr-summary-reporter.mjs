/**
 * A web-test-runner reporter that prints one plain closing line, such as
 * `browser: 4 passed, 0 failed, 0 skipped`, for CI log readers. A test file that
 * failed to load (an import error, a 404, a timeout) counts as one failure.
 */
export function summaryReporter({label = 'browser'} = {}) {
  let last;
  const walk = (suite, acc) => {
    if (!suite) return acc;
    for (const t of suite.tests ?? []) {
      if (t.skipped) acc.skipped++;
      else if (t.passed) acc.passed++;
      else acc.failed++;
    }
    for (const s of suite.suites ?? []) walk(s, acc);
    return acc;
  };
  return {
    onTestRunFinished({sessions}) {
      const acc = {passed: 0, failed: 0, skipped: 0};
      for (const s of sessions) {
        const before = acc.passed + acc.failed + acc.skipped;
        walk(s.testResults, acc);
        const counted = acc.passed + acc.failed + acc.skipped - before;
        if (s.passed === false && (counted === 0 || (s.errors?.length ?? 0) > 0)) acc.failed++;
      }
      last = acc;
    },
    stop() {
      // Printed at exit, after the progress output, whose cursor escapes would swallow it.
      if (!last) return;
      const line = `${label}: ${last.passed} passed, ${last.failed} failed, ${last.skipped} skipped`;
      process.once('exit', () => process.stdout.write(`\n${line}\n`));
    },
  };
}
