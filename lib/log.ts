/**
 * Logging that never carries patient data: only the check id and the error's type and message, and each check's
 * first error only (a check failing on every mutation must not flood the host page's console).
 */
const logged = new Set<string>();

export function logCheckError(checkId: string, error: unknown): void {
  if (logged.has(checkId)) return;
  logged.add(checkId);
  const description = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
  console.warn(`[vardmoteskollen:${checkId}] ${description}`);
}

/** For tests: forget which checks have logged. */
export function resetLoggedErrors(): void {
  logged.clear();
}
