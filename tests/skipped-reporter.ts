import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with the tests it skipped, one line per suite and reason, so that a green run on a machine without
 * root or without a virtual display says what it did not check (tests/e2e/requirements.ts names the reasons).
 */
export default class SkippedReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = new Map<string, number>();
    for (const module of testModules) {
      for (const test of module.children.allTests('skipped')) {
        // A suite skipped for a missing requirement carries the reason (tests/e2e/requirements.ts); any other
        // skipped test is named whole.
        const names = test.fullName.split(' > ');
        const what = names.find((name) => name.includes('[skipped:')) ?? names.join(' › ');
        const where = `${module.moduleId.replace(`${process.cwd()}/`, '')} › ${what}`;
        counts.set(where, (counts.get(where) ?? 0) + 1);
      }
    }
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    if (total === 0) return;
    console.log(`\nSkipped ${total} test${total === 1 ? '' : 's'}:`);
    for (const [where, count] of counts) console.log(`  ${count} × ${where}`);
  }
}
