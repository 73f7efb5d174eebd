/**
 * Logging that never carries patient data: only the check id and the error's type and message, and each check's
 * first error only (a check failing on every mutation must not flood the host page's console).
 */
const logged = new Set<string>();

/** Every error, for the background's work (a failed recount, a reminder that could not be written). */
export function logError(area: string, error: unknown): void {
  const description = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
  console.warn(`[vardmoteskollen:${area}] ${description}`);
}

export function logCheckError(checkId: string, error: unknown): void {
  if (logged.has(checkId)) return;
  logged.add(checkId);
  logError(checkId, error);
}

/** For tests: forget which checks have logged. */
export function resetLoggedErrors(): void {
  logged.clear();
}
