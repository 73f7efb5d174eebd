import { browser } from 'wxt/browser';
import { loadSettings } from '../settings/store';
import type { SmoothedJudgement } from './smoothing';

/**
 * Where the camera test's latest verdicts are kept for the checklist popup (lib/checks/checklist reads them):
 * the four verdicts, the issues and the time. Never an image, never a measurement of the face.
 */
export const LAST_VERDICTS_KEY = 'camera:lastVerdicts';

export interface StoredVerdicts {
  at: number;
  framing: string;
  camera_height: string;
  lighting: string;
  background: string;
  issues: string[];
}

export function toStoredVerdicts(smoothed: SmoothedJudgement, now: number): StoredVerdicts | null {
  const { framing, camera_height, lighting, background } = smoothed.verdicts;
  if (!framing || !camera_height || !lighting || !background) return null;
  return { at: now, framing, camera_height, lighting, background, issues: [...smoothed.issues] };
}

export async function saveLastVerdicts(smoothed: SmoothedJudgement, now = Date.now()): Promise<void> {
  const stored = toStoredVerdicts(smoothed, now);
  if (stored) await browser.storage.local.set({ [LAST_VERDICTS_KEY]: stored });
}

/**
 * IT's camera thresholds, when the settings carry them (`checks.camera.thresholds`, see thresholds.ts); otherwise
 * undefined and the analyzer uses its defaults. Invalid fields fall back to the defaults in the analyzer.
 */
export async function loadCameraThresholds(): Promise<unknown> {
  try {
    const { settings } = await loadSettings();
    const checks = settings.checks as Record<string, unknown>;
    const camera = checks.camera as { thresholds?: unknown } | undefined;
    return camera?.thresholds;
  } catch {
    return undefined;
  }
}
