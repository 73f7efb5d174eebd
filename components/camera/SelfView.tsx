import { useEffect, useRef } from 'preact/hooks';
import type { AnalysisResult, PersonMask } from '@/lib/camera/analysis/result';
import { severityOf } from '@/lib/camera/judge/verdicts';

interface Props {
  stream: MediaStream | null;
  result: AnalysisResult | null;
  label: string;
  guideLabel: string;
  onVideo(video: HTMLVideoElement | null): void;
}

const COLOURS = { ok: '#2e8540', advice: '#b36b00', problem: '#c0392b', guide: 'rgba(255,255,255,0.85)' };

/** Where face and shoulders should be: a head oval with the eyes about a third down, and the shoulder line. */
function drawGuide(context: CanvasRenderingContext2D, width: number, height: number): void {
  context.save();
  context.setLineDash([10, 8]);
  context.lineWidth = 3;
  context.strokeStyle = COLOURS.guide;
  context.beginPath();
  context.ellipse(width * 0.5, height * 0.36, height * 0.15, height * 0.2, 0, 0, Math.PI * 2);
  context.moveTo(width * 0.12, height);
  context.quadraticCurveTo(width * 0.16, height * 0.72, width * 0.38, height * 0.68);
  context.moveTo(width * 0.88, height);
  context.quadraticCurveTo(width * 0.84, height * 0.72, width * 0.62, height * 0.68);
  context.stroke();
  context.restore();
}

/** The person's outline: mask pixels with a neighbour on the other side of one half. */
function outlineImage(mask: PersonMask, colour: [number, number, number]): ImageData {
  const { width, height, data } = mask;
  const image = new ImageData(width, height);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const inside = (data[i] ?? 0) >= 128;
      const edge =
        inside !== (data[i - 1] ?? 0) >= 128 ||
        inside !== (data[i + 1] ?? 0) >= 128 ||
        inside !== (data[i - width] ?? 0) >= 128 ||
        inside !== (data[i + width] ?? 0) >= 128;
      if (!edge) continue;
      image.data.set([...colour, 230], i * 4);
    }
  }
  return image;
}

export function SelfView({ stream, result, label, guideLabel, onVideo }: Props) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    video.srcObject = stream;
    if (stream) video.play().catch(() => undefined);
    onVideo(stream ? video : null);
    // The overlay takes the video's own size, so that both scale together whatever the camera's aspect ratio.
    const fit = () => {
      const canvas = canvasRef.current;
      if (canvas && video.videoWidth > 0)
        [canvas.width, canvas.height] = [video.videoWidth, video.videoHeight];
    };
    video.addEventListener('loadedmetadata', fit);
    return () => video.removeEventListener('loadedmetadata', fit);
  }, [stream]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const { width, height } = canvas;
    context.clearRect(0, 0, width, height);
    drawGuide(context, width, height);
    if (!result) return;
    if (result.mask) {
      const scratch = new OffscreenCanvas(result.mask.width, result.mask.height);
      scratch.getContext('2d')?.putImageData(outlineImage(result.mask, [255, 255, 255]), 0, 0);
      context.imageSmoothingEnabled = true;
      context.drawImage(scratch, 0, 0, width, height);
    }
    const colour = COLOURS[severityOf(result.framing)];
    context.lineWidth = 4;
    context.strokeStyle = colour;
    for (const face of result.faces) {
      context.strokeRect(face.x * width, face.y * height, face.width * width, face.height * height);
    }
  }, [result]);

  return (
    <figure class="vmk-selfview">
      <div class="vmk-selfview__mirror">
        <video ref={videoRef} muted playsInline autoPlay aria-label={label} />
        <canvas ref={canvasRef} width={640} height={480} aria-hidden="true" title={guideLabel} />
      </div>
      <figcaption class="vmk-note">{label}</figcaption>
    </figure>
  );
}
