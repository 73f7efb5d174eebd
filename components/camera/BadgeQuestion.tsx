import { useEffect, useRef } from 'preact/hooks';
import type { BadgeVerdict, ChestArea } from '@/lib/camera/measure/badge';
import type { CameraTexts } from '@/lib/camera/advice/texts';

export type BadgeAnswer = 'yes' | 'no' | null;

interface Props {
  /** The camera's held answer (badge-hold.ts), null while none has held. */
  badge: BadgeVerdict | null;
  /** Where the analyzer looked for the badge, in the latest frame. */
  chest: ChestArea | null;
  video: HTMLVideoElement | null;
  answer: BadgeAnswer;
  onAnswer(answer: BadgeAnswer): void;
  texts: CameraTexts['badge'];
}

/** Largest side of the chest view on screen, in CSS pixels. */
const CROP_WIDTH = 240;

/**
 * The name badge: an advisory, never an alarm. When the camera sees the badge it says so; otherwise it shows the
 * chest area of the live picture (drawn on this canvas only, never stored or sent) and asks the clinician.
 */
export function BadgeQuestion({ badge, chest, video, answer, onAnswer, texts }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const asking = badge !== null && badge !== 'seen';

  useEffect(() => {
    const target = canvas.current;
    if (!asking || !chest || !video || !target || video.videoWidth === 0) return;
    const context = target.getContext('2d');
    if (!context) return;
    const sx = chest.x * video.videoWidth;
    const sy = chest.y * video.videoHeight;
    const sw = chest.width * video.videoWidth;
    const sh = chest.height * video.videoHeight;
    target.width = CROP_WIDTH;
    target.height = Math.max(1, Math.round((CROP_WIDTH * sh) / Math.max(1, sw)));
    // Mirrored like the self-view above it, so the badge is on the side the clinician sees it there.
    context.setTransform(-1, 0, 0, 1, target.width, 0);
    context.drawImage(video, sx, sy, sw, sh, 0, 0, target.width, target.height);
  }, [asking, chest, video]);

  return (
    <section class="vmk-camera-badge" data-vmk-camera-badge={badge ?? 'pending'} aria-live="polite">
      <h2>{texts.heading}</h2>
      <div class="vmk-note">{texts.guideline}</div>
      {badge === 'seen' && answer === null && <p data-vmk-camera-badge-seen>{texts.seen}</p>}
      {(asking || answer !== null) && (
        <div>
          {asking && chest && (
            <canvas ref={canvas} class="vmk-camera-badge__crop" aria-label={texts.crop} role="img" />
          )}
          {answer === null ? (
            <fieldset class="vmk-camera-badge__question">
              <legend>{texts.question}</legend>
              <button type="button" onClick={() => onAnswer('yes')} data-vmk-camera-badge-answer="yes">
                {texts.yes}
              </button>{' '}
              <button type="button" onClick={() => onAnswer('no')} data-vmk-camera-badge-answer="no">
                {texts.no}
              </button>
            </fieldset>
          ) : (
            <p data-vmk-camera-badge-answered={answer}>
              {answer === 'yes' ? texts.answeredYes : texts.answeredNo}{' '}
              <button type="button" onClick={() => onAnswer(null)}>
                {texts.change}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
