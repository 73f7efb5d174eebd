/**
 * What some end-to-end tests need of the machine beyond npm packages (root for machine-wide policy files, a virtual
 * display for real key events). Where it is missing the tests are skipped, and say why in their name, which the
 * run's last lines list (tests/skipped-reporter.ts). Under CI (`CI=true`) a missing requirement is a failure: there
 * a skipped test would look like a pass.
 */
export interface Requirement {
  /** Whether to skip the tests that need it. */
  skip: boolean;
  /** The suite's name, with the reason when it is skipped. */
  name(suite: string): string;
}

export function requirement(met: boolean, reason: string): Requirement {
  if (!met && process.env.CI) {
    throw new Error(
      `${reason}: required under CI (CI=true), where skipping these tests would look like a pass.`,
    );
  }
  return { skip: !met, name: (suite) => (met ? suite : `${suite} [skipped: ${reason}]`) };
}
