import { useEffect, useMemo, useState } from 'preact/hooks';
import { uiLanguage } from '@/lib/i18n';
import { cameraTexts } from '@/lib/camera/advice/texts';
import { loadCameraThresholds, saveLastVerdicts, type StoredBadge } from '@/lib/camera/storage';
import type { AnalyzerClient } from '@/lib/camera/transport/client';
import { createOffscreenAnalyzer } from '@/lib/camera/transport/offscreen-client';
import { BadgeQuestion, type BadgeAnswer } from './BadgeQuestion';
import { CheckList } from './CheckList';
import { SelfView } from './SelfView';
import { useCamera } from './useCamera';
import { useLiveAnalysis } from './useLiveAnalysis';
import './camera-test.css';

/** How often the latest verdicts are written for the checklist (they change at most about once a second). */
const SAVE_INTERVAL_MS = 2000;

export function CameraTestApp() {
  const language = uiLanguage();
  const texts = cameraTexts(language);
  const camera = useCamera();
  const [analyzer, setAnalyzer] = useState<AnalyzerClient | null>(null);
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const running = camera.state.status === 'running';
  const live = useLiveAnalysis(analyzer, video, running);
  const [badgeAnswer, setBadgeAnswer] = useState<BadgeAnswer>(null);
  // The clinician's answer wins; without one only a badge the camera saw is kept (not finding one proves nothing).
  const badge: StoredBadge =
    badgeAnswer !== null
      ? { badge: badgeAnswer === 'yes' ? 'seen' : 'not_seen', badgeBy: 'clinician' }
      : live.badge === 'seen'
        ? { badge: 'seen', badgeBy: 'camera' }
        : {};

  useEffect(() => void camera.start(), []);

  // The analyzer loads while the browser asks for the camera and while the settings load (on a browser's first
  // start, Chromium delivers the policy a few seconds late), not after; it is the offscreen one, shared with the
  // calls, so after a call (or a test) in this browser session its models are loaded already
  // (`npm run bench -- first-verdict`). Frames go to it only once it has the thresholds in effect (IT's, if set):
  // the analyzer takes its messages in order. Kept for the page's life.
  useEffect(() => {
    const client = createOffscreenAnalyzer({ mode: 'video' });
    let closed = false;
    void loadCameraThresholds().then((thresholds) => {
      if (closed) return;
      client.setThresholds(thresholds);
      setAnalyzer(client);
    });
    return () => {
      closed = true;
      client.close();
    };
  }, []);

  // The latest smoothed verdicts (never an image) for the checklist popup.
  const smoothed = live.smoothed;
  const verdictKey = smoothed?.settled ? JSON.stringify([smoothed.verdicts, smoothed.issues, badge]) : '';
  useEffect(() => {
    if (!smoothed?.settled) return;
    void saveLastVerdicts(smoothed, Date.now(), badge);
    const timer = setInterval(() => void saveLastVerdicts(smoothed, Date.now(), badge), SAVE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [verdictKey]);

  const state = camera.state;
  const stream = state.status === 'running' ? state.stream : null;
  const selected = state.status === 'running' ? state.deviceId : '';
  const allGood = useMemo(
    () => smoothed?.settled && Object.values(smoothed.verdicts).every((verdict) => verdict === 'ok'),
    [smoothed],
  );

  return (
    <main class="vmk-page vmk-camera-page">
      <h1>{texts.title}</h1>
      <p>{texts.intro}</p>
      <p class="vmk-note">{texts.privacy}</p>

      <div class="vmk-camera-controls">
        <label>
          {texts.cameraLabel}{' '}
          <select
            value={selected}
            disabled={camera.devices.length === 0}
            onChange={(event) => void camera.start((event.target as HTMLSelectElement).value)}
            data-vmk-camera-chooser
          >
            {camera.devices.map((device) => (
              <option key={device.deviceId} value={device.deviceId}>
                {device.label.startsWith('#')
                  ? `${texts.cameraDefault} ${device.label.slice(1)}`
                  : device.label}
              </option>
            ))}
          </select>
        </label>
        {state.status === 'running' ? (
          <button type="button" onClick={camera.stop}>
            {texts.stop}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => void camera.start(selected || undefined)}
            disabled={state.status === 'starting'}
          >
            {state.status === 'error' ? texts.retry : texts.start}
          </button>
        )}
      </div>

      {state.status === 'error' && (
        <p class="vmk-camera-error" role="alert" data-vmk-camera-error={state.kind}>
          {texts.errors[state.kind]}
        </p>
      )}
      {state.status === 'starting' && <p class="vmk-note">{texts.starting}</p>}
      {running && live.status === 'loading' && <p class="vmk-note">{texts.loadingAnalyzer}</p>}
      {running && live.status === 'error' && (
        <p class="vmk-camera-error" role="alert" data-vmk-camera-error="analyzer">
          {texts.errors.analyzer}
        </p>
      )}

      <div class="vmk-camera-layout">
        <SelfView
          stream={stream}
          result={running ? live.result : null}
          label={texts.selfView}
          guideLabel={texts.guide}
          onVideo={setVideo}
        />
        {running && (
          <div>
            <CheckList smoothed={smoothed} texts={texts} language={language} />
            {allGood && (
              <p class="vmk-camera-allgood" data-vmk-camera-allgood>
                {texts.allGood}
              </p>
            )}
            <BadgeQuestion
              badge={live.badge}
              chest={live.result?.chest ?? null}
              video={video}
              answer={badgeAnswer}
              onAnswer={setBadgeAnswer}
              texts={texts.badge}
            />
            {smoothed?.settled && <p class="vmk-note">{texts.saved}</p>}
          </div>
        )}
      </div>
    </main>
  );
}
