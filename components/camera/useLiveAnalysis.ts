import { useEffect, useRef, useState } from 'preact/hooks';
import { analysisSize, type AnalysisResult } from '@/lib/camera/analysis/result';
import type { AnalyzerClient } from '@/lib/camera/transport/client';
import { VerdictSmoother, type SmoothedJudgement } from '@/lib/camera/judge/smoothing';
import { BadgeHold } from '@/lib/camera/judge/badge-hold';
import type { BadgeVerdict } from '@/lib/camera/measure/badge';

export type AnalyzerStatus = 'loading' | 'ready' | 'error';

/** At most this often: enough for a verdict that must hold a second, and it leaves the computer's cores alone. */
const MIN_INTERVAL_MS = 125;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Feeds the live video to the analyzer, one frame at a time (the next frame is taken when the previous result is
 * back), already downscaled to the analysis size when the frame is grabbed, and smooths the verdicts.
 */
export function useLiveAnalysis(
  analyzer: AnalyzerClient | null,
  video: HTMLVideoElement | null,
  active: boolean,
) {
  const [status, setStatus] = useState<AnalyzerStatus>('loading');
  const [result, setResult] = useState<AnalysisResult | null>(null);
  const [smoothed, setSmoothed] = useState<SmoothedJudgement | null>(null);
  const smoother = useRef(new VerdictSmoother(1000));
  const badgeHold = useRef(new BadgeHold(1000));
  const [badge, setBadge] = useState<BadgeVerdict | null>(null);

  useEffect(() => {
    if (!analyzer) return;
    let cancelled = false;
    analyzer.ready.then(
      () => !cancelled && setStatus('ready'),
      () => !cancelled && setStatus('error'),
    );
    return () => {
      cancelled = true;
    };
  }, [analyzer]);

  useEffect(() => {
    if (!analyzer || !video || !active || status !== 'ready') return;
    let running = true;
    smoother.current.reset();
    badgeHold.current.reset();
    setBadge(null);
    setSmoothed(null);
    setResult(null);
    (async () => {
      while (running) {
        const started = performance.now();
        if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) {
          await sleep(50);
          continue;
        }
        try {
          const size = analysisSize(video.videoWidth, video.videoHeight);
          const bitmap = await createImageBitmap(video, {
            resizeWidth: size.width,
            resizeHeight: size.height,
            resizeQuality: 'medium',
          });
          const takenAt = performance.now();
          const next = await analyzer.analyze(bitmap, { timestampMs: takenAt, withMask: true });
          if (!running) break;
          setResult(next);
          // Held for a second of the camera's picture, whatever each frame's analysis took.
          setSmoothed(smoother.current.update(next, takenAt));
          setBadge(badgeHold.current.update(next.badge, takenAt));
        } catch {
          // A frame that cannot be grabbed (the video is switching) or analyzed is skipped; the next one may work.
          if (!running) break;
        }
        await sleep(Math.max(0, MIN_INTERVAL_MS - (performance.now() - started)));
      }
    })();
    return () => {
      running = false;
    };
  }, [analyzer, video, active, status]);

  return { status, result, smoothed, badge };
}
