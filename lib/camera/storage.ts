import { browser } from 'wxt/browser';
import { loadSettings } from '../settings/store';
import type { SmoothedJudgement } from './judge/smoothing';

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
  /** The name badge: seen by the camera, or the clinician's answer to the camera test's question (badge.ts). */
  badge?: 'seen' | 'not_seen';
  badgeBy?: 'camera' | 'clinician';
}

export type StoredBadge = Pick<StoredVerdicts, 'badge' | 'badgeBy'>;

export function toStoredVerdicts(
  smoothed: SmoothedJudgement,
  now: number,
  badge: StoredBadge = {},
): StoredVerdicts | null {
  const { framing, camera_height, lighting, background } = smoothed.verdicts;
  if (!framing || !camera_height || !lighting || !background) return null;
  return { at: now, framing, camera_height, lighting, background, issues: [...smoothed.issues], ...badge };
}

export async function saveLastVerdicts(
  smoothed: SmoothedJudgement,
  now = Date.now(),
  badge: StoredBadge = {},
): Promise<void> {
  const stored = toStoredVerdicts(smoothed, now, badge);
  if (stored) await browser.storage.local.set({ [LAST_VERDICTS_KEY]: stored });
}

/**
 * IT's camera thresholds (`checks.camera.thresholds`, see thresholds.ts; defaults where IT set none); undefined
 * when the settings cannot be read, and the analyzer uses its defaults.
 */
export async function loadCameraThresholds(): Promise<unknown> {
  try {
    const { settings } = await loadSettings();
    return settings.checks.camera.thresholds;
  } catch {
    return undefined;
  }
}
