import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AnalyzerClient } from '@/lib/camera/transport/client';
import { createFrameAnalyzer } from '@/lib/camera/transport/frame-client';
import type { VideoCadence } from '@/lib/camera/analysis/cadence';
import { VerdictSmoother } from '@/lib/camera/judge/smoothing';
import { BadgeHold } from '@/lib/camera/judge/badge-hold';
import { closestOf, queryFirst } from '@/lib/portals/query';
import type { ResolvedPortal } from '@/lib/portals/types';
import type { Settings } from '@/lib/settings/schema';
import { callTracker, endCallOnPageHide, meetingKey } from './call';
import { FrameSampler } from './sampler';
import { findSelfView, localCameraIds, unknownCameraPlaying, type SelfView } from './self-view';
import { samplerFinished, samplerStarted } from './stats';
import { chipModel, STATE_MODELS } from './status';
import { mountChipUi, type ChipUi } from './ui';
import { watchVideos } from './videos';

/** The mark on the video being analysed (idempotent; removed when it no longer is). */
export const SELF_VIEW_MARK = 'data-vmk-call-overlay';
/** After the camera track ends: how long to wait for a new one (the clinician switched cameras). */
const TRACK_GRACE_MS = 1500;
/** After the end-call button: how long a portal may take to end the call (a "really leave?" dialog). */
const END_CONFIRM_MS = 2000;
/** At most this often, the device list is read again because a video plays a camera it does not know. */
const DEVICE_REFRESH_MS = 500;
/** At most this often, the chip is placed again because results came in (the self-view may have moved). */
const REPOSITION_MS = 1000;
/**
 * During a call the models run less often than in the camera test (cadence.ts), because the call's own video needs
 * the processor more than a quicker chip does (`npm run bench -- call`): the person outline about every 2 s (every
 * fourth frame at the default 2 frames a second), the head pose every 10 s, and the fast face detector on every
 * other frame, or only every 2 s while the picture around the face stays the same (lib/camera/analysis/scene.ts: nobody
 * moved and nobody came into view). The light measures run on every frame. Background, light and camera height
 * drift slowly during a call, and a verdict has to hold a second before the chip shows it anyway; a single frame
 * judged on face boxes half a second old cannot make it hold.
 */
export function callCadence(framesPerSecond: number): VideoCadence {
  const frameMs = 1000 / framesPerSecond;
  return {
    maskMaxAgeMs: 1900,
    poseIntervalMs: 10_000,
    // Just under two frames, so that the next frame but one always looks again.
    faceReuseMs: Math.min(2000, 1.8 * frameMs),
    stillFaceReuseMs: 2000,
  };
}

/**
 * IT's camera thresholds (`checks.camera.thresholds`, the same place the camera test reads them from,
 * lib/camera/storage.ts), with the defaults where IT set none.
 */
export function cameraThresholds(settings: Settings): unknown {
  return settings.checks.camera.thresholds;
}

export interface OverlayContext {
  ctx: ContentScriptContext;
  portal: ResolvedPortal;
  settings: Settings;
  signal: AbortSignal;
}

export function startCallOverlay({ ctx, portal, settings, signal }: OverlayContext): void {
  const { framesPerSecond } = settings.checks.callOverlay;
  const key = meetingKey(location);
  endCallOnPageHide();
  // Another meeting's call (a single-page app went from one room to the next without its end being seen).
  if (callTracker.activeKey !== null && callTracker.activeKey !== key) callTracker.end();

  let cameraIds = new Set<string>();
  let devicesReadAt = -Infinity;
  let current: { view: SelfView; sampler: FrameSampler | null } | null = null;
  /** The track of a call that has ended on this page: it is not taken up again. */
  let endedTrack: MediaStreamTrack | null = null;
  /** A call on this page was ended (the end-call button): call controls still on screen do not start another. */
  let endedHere = false;
  let analyzer: AnalyzerClient | null = null;
  let analyzerState: 'none' | 'loading' | 'ready' | 'error' = 'none';
  let ui: ChipUi | null = null;
  let uiMounting: Promise<void> | null = null;
  const smoother = new VerdictSmoother(1000);
  const badgeHold = new BadgeHold(1000);

  const show = (model = STATE_MODELS.starting) => ui?.update(model);

  const ensureUi = () => {
    if (ui || uiMounting) return;
    uiMounting = mountChipUi(ctx, portal, signal).then((mounted) => {
      ui = mounted;
      ui?.setAnchor(current?.view.video ?? null);
      refreshChip();
    });
  };

  /** Aborted when the analyzer is let go before the page is (a call without a camera picture). */
  let analyzerLoad: AbortController | null = null;

  /**
   * Loads the analyzer (its frame, the wasm and the models), once per page. Called as soon as the check starts on
   * a meeting page, before the self-view appears: loading takes about a second, and the first seconds of the call
   * are when the chip's advice matters (`npm run bench -- first-verdict`).
   */
  const ensureAnalyzer = () => {
    if (analyzerState !== 'none') return;
    analyzerState = 'loading';
    const load = new AbortController();
    analyzerLoad = load;
    const letGo = () => signal.aborted || load.signal.aborted;
    void (async () => {
      try {
        const client = await createFrameAnalyzer({
          mode: 'video',
          thresholds: cameraThresholds(settings),
          cadence: callCadence(framesPerSecond),
          signal: AbortSignal.any([signal, load.signal]),
        });
        if (letGo()) return client.close();
        analyzer = client;
        await client.ready;
        if (letGo()) return;
        analyzerState = 'ready';
      } catch {
        if (letGo()) return;
        analyzerState = 'error';
      }
      refreshChip();
      void rescan();
    })();
  };

  /** No camera picture to judge in this call: the analyzer's frame and memory go (it loads again with a camera). */
  const releaseAnalyzer = () => {
    if (analyzerState === 'none') return;
    analyzerLoad?.abort();
    analyzerLoad = null;
    analyzer = null;
    analyzerState = 'none';
  };

  /** What the chip says about the analyzer, or the verdicts so far; the sampler reports pauses itself. */
  const refreshChip = () => {
    if (analyzerState === 'error') show(STATE_MODELS.error);
    else if (analyzerState !== 'ready') show(STATE_MODELS.starting);
    else if (current?.sampler) show(chipModel(smoother.current(), badgeHold.held()));
  };

  const unmark = (video: HTMLVideoElement) => video.removeAttribute(SELF_VIEW_MARK);

  const stopSampler = () => {
    const sampler = current?.sampler;
    if (!current || !sampler) return;
    sampler.stop();
    samplerFinished(sampler);
    current.sampler = null;
  };

  const stopCurrent = () => {
    if (!current) return;
    stopSampler();
    unmark(current.view.video);
    current = null;
    smoother.reset();
    badgeHold.reset();
  };

  const endCall = () => {
    endedHere = true;
    endedTrack = current?.view.track ?? endedTrack;
    stopCurrent();
    callTracker.end();
    ui?.remove();
    ui = null;
    uiMounting = null;
  };

  /** The camera stopped or the self-view went: the call is over only if the call controls went too. */
  const cameraGone = () => {
    stopCurrent();
    if (callTracker.activeKey === key && !queryFirst(portal, 'callControls')) endCall();
    else {
      ui?.setAnchor(null);
      show(STATE_MODELS.paused);
    }
  };

  const startSampler = (view: SelfView): FrameSampler | null => {
    if (!analyzer || analyzerState !== 'ready' || signal.aborted) return null;
    const client = analyzer;
    let last = 0;
    const sampler = new FrameSampler({
      video: view.video,
      track: view.track,
      framesPerSecond,
      signal,
      analyze: (frame, timestampMs) => client.verdicts(frame, { timestampMs }),
      onResult: (result, takenAt) => {
        ui?.update(chipModel(smoother.update(result, takenAt), badgeHold.update(result.badge, takenAt)));
        if (takenAt - last >= REPOSITION_MS) {
          last = takenAt;
          ui?.reposition();
        }
      },
      onState: (state) => {
        if (state === 'paused') {
          // Verdicts from before the pause may be stale: they have to hold again.
          smoother.reset();
          badgeHold.reset();
          show(STATE_MODELS.paused);
        } else {
          ui?.update(chipModel(smoother.current(), badgeHold.held()));
        }
      },
      onTrackEnded: () => {
        endedTrack = view.track;
        stopCurrent();
        setTimeout(() => void rescan(), TRACK_GRACE_MS);
      },
    });
    samplerStarted(sampler);
    sampler.wake();
    return sampler;
  };

  let scanning = false;
  const rescan = async (): Promise<void> => {
    if (signal.aborted || scanning) return;
    scanning = true;
    try {
      let view = findSelfView(portal, cameraIds);
      // A camera the last device list did not have (the list is read before the page was allowed the camera, or
      // a camera was plugged in): read it again, not more often than every DEVICE_REFRESH_MS.
      if (view?.foundBy !== 'device' && unknownCameraPlaying(cameraIds)) {
        const wait = devicesReadAt + DEVICE_REFRESH_MS - performance.now();
        if (wait > 0) setTimeout(() => void rescan(), wait);
        else {
          devicesReadAt = performance.now();
          cameraIds = await localCameraIds();
          if (signal.aborted) return;
          view = findSelfView(portal, cameraIds);
        }
      }
      if (view?.track && view.track === endedTrack) view = null;
      if (!view) {
        if (current || callTracker.activeKey === key) cameraGone();
        // A call without a camera picture (none plugged in, not allowed, busy, or an audio-only call): no chip,
        // since there is nothing to judge and the portal says why itself, but the call still starts and ends for
        // the rest of the extension (the after-meeting reminder).
        else if (!endedHere && queryFirst(portal, 'callControls')) {
          releaseAnalyzer();
          callTracker.start(portal.id, key);
        }
        return;
      }
      if (current && current.view.video === view.video && current.view.track === view.track) {
        if (!current.sampler) current.sampler = startSampler(view);
        current.sampler?.wake();
        return;
      }
      stopCurrent();
      view.video.setAttribute(SELF_VIEW_MARK, `self-view ${view.foundBy}`);
      current = { view, sampler: null };
      callTracker.start(portal.id, key);
      ensureAnalyzer();
      ensureUi();
      ui?.setAnchor(view.video);
      current.sampler = startSampler(view);
      refreshChip();
    } finally {
      scanning = false;
    }
  };

  const onEndCallButton = (event: Event) => {
    if (!(event.target instanceof Element) || !closestOf(portal, 'endCallButton', event.target)) return;
    const video = current?.view.video;
    const track = current?.view.track;
    const over = () =>
      !queryFirst(portal, 'callControls') ||
      // With a camera: its picture went, even if the portal leaves its controls up for a moment.
      (video !== undefined &&
        (!video.isConnected || track?.readyState === 'ended' || video.srcObject === null));
    // No more frames meanwhile: the clinician is leaving.
    stopSampler();
    // After the portal's own handler has run: a portal that asks "really leave?" may still be in the call, and
    // then sampling goes on.
    setTimeout(() => {
      if (signal.aborted) return;
      if (over()) return endCall();
      setTimeout(() => {
        if (signal.aborted) return;
        if (over()) endCall();
        else void rescan();
      }, END_CONFIRM_MS);
    }, 0);
  };

  document.addEventListener('click', onEndCallButton, { capture: true, signal });
  navigator.mediaDevices?.addEventListener(
    'devicechange',
    () => {
      devicesReadAt = -Infinity;
      void rescan();
    },
    { signal },
  );
  watchVideos(() => void rescan(), signal);
  signal.addEventListener(
    'abort',
    () => {
      stopCurrent();
      // The page left the meeting (the single-page app navigated away): the call is over. A restart for new
      // settings stays on the same page and leaves the call running.
      if (callTracker.activeKey === key && meetingKey(location) !== key) callTracker.end();
    },
    { once: true },
  );

  ensureAnalyzer();
  void (async () => {
    cameraIds = await localCameraIds();
    devicesReadAt = performance.now();
    await rescan();
  })();
}
