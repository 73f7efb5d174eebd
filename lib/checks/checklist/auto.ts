import type { AutoSource } from './items';
import type { Translate } from './model';
import type { StoredCameraVerdicts } from './camera-verdicts';

/** What the computer concluded about an item: ok (pre-ticked), a problem (left unticked), or unknown. */
export type AutoStatus = 'ok' | 'problem' | 'unknown';
export interface AutoResult {
  status: AutoStatus;
  /** Why, in the clinician's language: shown under the item. */
  reason: string;
}
export type AutoResults = Partial<Record<AutoSource, AutoResult>>;

export interface DeviceInfo {
  kind: string;
  label: string;
}

/** Chrome and Edge say who they are in User-Agent Client Hints; Chromium and other builds do not. */
export function judgeBrowser(brands: readonly { brand: string }[] | undefined, t: Translate): AutoResult {
  const names = (brands ?? []).map((entry) => entry.brand);
  const recommended = names.find((name) => name === 'Google Chrome' || name === 'Microsoft Edge');
  if (recommended) return { status: 'ok', reason: t('autoBrowserOk', recommended) };
  const shown = names.filter((name) => !/not.?a.?brand/i.test(name)).join(', ');
  return { status: 'unknown', reason: t('autoBrowserOther', shown || '?') };
}

export function judgeCameraPresent(devices: readonly DeviceInfo[] | undefined, t: Translate): AutoResult {
  if (!devices) return { status: 'unknown', reason: t('autoDevicesUnavailable') };
  return devices.some((device) => device.kind === 'videoinput')
    ? { status: 'ok', reason: t('autoCameraFound') }
    : { status: 'problem', reason: t('autoCameraMissing') };
}

/** Names that mean a headset (or a headset's USB adapter) on the PCs and headsets hospitals buy. */
const HEADSET =
  /head ?set|headphone|hörlur|jabra|plantronics|\bpoly\b|sennheiser|\bepos\b|logitech.*h\d{3}|evolve|blackwire|voyager/i;
/** Mobile-phone earphones, which the guideline rules out. */
const PHONE_EARPHONES = /airpods|earpods|galaxy buds|hands-?free|\bbuds\b|pixel buds/i;

/**
 * Judges the audio devices by their names. Browsers hide the names until the page (here: the extension) has been
 * allowed a camera or microphone; with no names the item stays for the clinician to tick, and the reason says why.
 */
export function judgeHeadset(devices: readonly DeviceInfo[] | undefined, t: Translate): AutoResult {
  if (!devices) return { status: 'unknown', reason: t('autoDevicesUnavailable') };
  const audio = devices.filter((device) => device.kind === 'audioinput' || device.kind === 'audiooutput');
  if (audio.length === 0) return { status: 'problem', reason: t('autoAudioMissing') };
  const labels = [
    ...new Set(
      audio.map((device) =>
        device.label.replace(/^(Default|Standard|Communications|Kommunikation) - /i, '').trim(),
      ),
    ),
  ].filter(Boolean);
  if (labels.length === 0) return { status: 'unknown', reason: t('autoHeadsetNoLabels') };
  const phone = labels.find((label) => PHONE_EARPHONES.test(label));
  if (phone) return { status: 'problem', reason: t('autoHeadsetPhone', phone) };
  const headset = labels.find((label) => HEADSET.test(label));
  if (headset) return { status: 'ok', reason: t('autoHeadsetFound', headset) };
  return { status: 'unknown', reason: t('autoHeadsetNotFound', labels.slice(0, 3).join(', ')) };
}

const VERDICT_KEYS: Record<string, string> = {
  no_face: 'verdictNoFace',
  multiple_people: 'verdictMultiplePeople',
  too_close: 'verdictTooClose',
  too_far: 'verdictTooFar',
  head_cut: 'verdictHeadCut',
  chest_not_visible: 'verdictChestNotVisible',
  off_center: 'verdictOffCenter',
  beside: 'verdictBeside',
  too_low: 'verdictTooLow',
  too_high: 'verdictTooHigh',
  unknown: 'verdictHeightUnknown',
  too_dark: 'verdictTooDark',
  backlit: 'verdictBacklit',
  overexposed: 'verdictOverexposed',
  uneven: 'verdictUneven',
  cluttered: 'verdictCluttered',
};

const FRAMING_ISSUES = ['no_face', 'too_close', 'too_far', 'head_cut', 'chest_not_visible', 'off_center'];

function clock(at: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

/**
 * The camera items from the camera test's latest verdicts, if recent enough. Several verdicts can concern one
 * item (framing); each item reports the first, as the camera test does.
 */
export function judgeCamera(
  verdicts: StoredCameraVerdicts | undefined,
  now: number,
  maxAgeMinutes: number,
  t: Translate,
): AutoResults {
  const sources = [
    'cameraFraming',
    'cameraPeople',
    'cameraBackground',
    'cameraLighting',
    'cameraHeight',
    'cameraBadge',
  ] as const;
  const everyItem = (result: AutoResult): AutoResults =>
    Object.fromEntries(sources.map((source) => [source, result])) as AutoResults;
  if (!verdicts) return everyItem({ status: 'unknown', reason: t('autoCameraNoTest') });
  const ageMinutes = (now - verdicts.at) / 60_000;
  if (ageMinutes > maxAgeMinutes || ageMinutes < -5) {
    return everyItem({ status: 'unknown', reason: t('autoCameraOldTest', clock(verdicts.at)) });
  }
  const time = clock(verdicts.at);
  const issues = new Set([
    ...verdicts.issues,
    verdicts.framing,
    verdicts.camera_height,
    verdicts.lighting,
    verdicts.background,
  ]);
  issues.delete('ok');
  const verdictText = (verdict: string) => t(VERDICT_KEYS[verdict] ?? 'verdictOther');
  const ok: AutoResult = { status: 'ok', reason: t('autoCameraOk', time) };
  const problem = (verdict: string): AutoResult => ({
    status: 'problem',
    reason: t('autoCameraProblem', [time, verdictText(verdict)]),
  });
  const noFace: AutoResult = {
    status: 'unknown',
    reason: t('autoCameraProblem', [time, verdictText('no_face')]),
  };

  const framingIssue = FRAMING_ISSUES.find((issue) => issues.has(issue));
  const result: AutoResults = {
    cameraFraming: framingIssue ? problem(framingIssue) : ok,
    cameraPeople: issues.has('multiple_people')
      ? problem('multiple_people')
      : issues.has('no_face')
        ? noFace
        : ok,
    cameraBackground: verdicts.background === 'ok' ? ok : problem(verdicts.background),
    cameraLighting: verdicts.lighting === 'ok' ? ok : problem(verdicts.lighting),
    cameraHeight:
      verdicts.camera_height === 'ok'
        ? ok
        : verdicts.camera_height === 'unknown'
          ? { status: 'unknown', reason: t('autoCameraProblem', [time, verdictText('unknown')]) }
          : problem(verdicts.camera_height),
    cameraBadge: judgeBadge(verdicts, time, t),
  };
  return result;
}

/**
 * The name badge, an advisory: ticked when the camera saw it or the clinician said it shows; unticked only on the
 * clinician's own "no" (the camera not finding one is no proof: it asks instead).
 */
function judgeBadge(verdicts: StoredCameraVerdicts, time: string, t: Translate): AutoResult {
  if (verdicts.badge === 'seen')
    return {
      status: 'ok',
      reason: t(verdicts.badgeBy === 'clinician' ? 'autoBadgeConfirmed' : 'autoBadgeSeen', time),
    };
  if (verdicts.badge === 'not_seen') return { status: 'problem', reason: t('autoBadgeDenied', time) };
  return { status: 'unknown', reason: t('autoBadgeNotAsked', time) };
}
