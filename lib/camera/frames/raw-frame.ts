import { z } from 'zod';
import { analysisSize } from '../analysis/result';
import { isYuvFrame, shrinkYuv, YUV_FORMATS, yuvToRgba } from './yuv';

/**
 * A video frame as its raw pixel planes, for content scripts (the in-call overlay): `new VideoFrame(video)` plus
 * `copyTo()` costs the host page's main thread about half a millisecond, where `createImageBitmap(video)` makes it
 * convert the frame to RGB itself (about 3 ms on a machine without a GPU; lib/checks/call-overlay/README.md). A
 * VideoFrame cannot be posted to the extension's process, but its planes can: a YUV frame is first scaled down to
 * the analysis size on the page (yuv.ts; posting the full planes to another process costs more than the scaling),
 * then goes over as one transferred ArrayBuffer, and the analyzer's worker turns it into its RGBA analysis image.
 */

/**
 * The 8-bit pixel formats WebCodecs can rebuild a frame from (a camera gives I420 or NV12 as a rule); a frame in
 * another one (10-bit, say) is grabbed as a bitmap instead.
 */
export const RAW_FRAME_FORMATS = [
  'I420',
  'I420A',
  'I422',
  'I444',
  'NV12',
  'RGBA',
  'RGBX',
  'BGRA',
  'BGRX',
] as const satisfies readonly VideoPixelFormat[];

/** Larger than any camera frame (8K RGBA is 133 MB; a 4K one 33 MB): a bigger buffer is refused, not decoded. */
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_SIDE = 8192;

const side = z.number().int().positive().max(MAX_SIDE);
const colorSpaceSchema = z.object({
  primaries: z.string().nullable().optional(),
  transfer: z.string().nullable().optional(),
  matrix: z.string().nullable().optional(),
  fullRange: z.boolean().nullable().optional(),
});

export const rawFrameSchema = z.object({
  kind: z.literal('raw-frame'),
  format: z.enum(RAW_FRAME_FORMATS),
  /** The visible part only was copied: these are its size. */
  codedWidth: side,
  codedHeight: side,
  displayWidth: side,
  displayHeight: side,
  layout: z.array(z.object({ offset: z.number().int().nonnegative(), stride: z.number().int().positive() })),
  colorSpace: colorSpaceSchema.optional(),
  /** Transferred. */
  data: z.custom<ArrayBuffer>(
    (value) => value instanceof ArrayBuffer && value.byteLength > 0 && value.byteLength <= MAX_BYTES,
    'an ArrayBuffer of pixel planes',
  ),
});
export type RawFrame = z.infer<typeof rawFrameSchema>;

type Format = (typeof RAW_FRAME_FORMATS)[number];
const isRawFormat = (format: string | null): format is Format =>
  format !== null && (RAW_FRAME_FORMATS as readonly string[]).includes(format);

/**
 * Makes a copier: each call gives the current frame of `video` as raw planes (the visible rectangle only; a YUV
 * frame scaled down to the analysis size), or null when the browser holds the frame where its bytes cannot be read
 * cheaply (no pixel format: a GPU texture), so the caller grabs a bitmap instead. Throws InvalidStateError when the
 * video has no frame ready, like createImageBitmap. A YUV frame is copied into the same scratch buffer every time
 * (only its scaled-down copy leaves), so the page allocates and collects almost nothing per frame.
 */
export function createVideoFrameCopier(): (video: HTMLVideoElement) => Promise<RawFrame | null> {
  let scratch = new ArrayBuffer(0);
  return async (video) => {
    const frame = new VideoFrame(video);
    try {
      const format = frame.format;
      const rect = frame.visibleRect;
      if (!isRawFormat(format) || !rect) return null;
      const region = { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      const size = frame.allocationSize({ rect: region });
      const yuv = (YUV_FORMATS as readonly string[]).includes(format);
      if (yuv && scratch.byteLength < size) scratch = new ArrayBuffer(size);
      const data = yuv ? scratch : new ArrayBuffer(size);
      const layout = await frame.copyTo(data, { rect: region });
      const raw: RawFrame = {
        kind: 'raw-frame',
        format,
        codedWidth: region.width,
        codedHeight: region.height,
        displayWidth: frame.displayWidth,
        displayHeight: frame.displayHeight,
        layout: layout.map(({ offset, stride }) => ({ offset, stride })),
        colorSpace: frame.colorSpace.toJSON(),
        data,
      };
      if (!isYuvFrame(raw)) return raw;
      const target = analysisSize(raw.displayWidth, raw.displayHeight);
      return shrinkYuv(raw, target.width, target.height);
    } finally {
      frame.close();
    }
  };
}

/**
 * In the analyzer's worker: the frame ready to analyse. A YUV frame (as cameras give) is scaled straight into an
 * RGBA image of the analysis size (yuv.ts); any other becomes a VideoFrame again, for the analyzer to draw (the
 * caller closes it).
 */
export function decodeRawFrame(raw: RawFrame, timestampMs: number): ImageData | VideoFrame {
  if (!isYuvFrame(raw)) return toVideoFrame(raw, timestampMs);
  const size = analysisSize(raw.displayWidth, raw.displayHeight);
  const image = new ImageData(size.width, size.height);
  yuvToRgba(raw, image);
  return image;
}

/**
 * The frame again, as a VideoFrame, to draw into the analysis image (the caller closes it). A colour space
 * this browser cannot name back (the sender's may be newer) is left out: the default (BT.601/709) is close enough
 * for judging light and framing.
 */
export function toVideoFrame(raw: RawFrame, timestamp: number): VideoFrame {
  const init: VideoFrameBufferInit = {
    format: raw.format,
    codedWidth: raw.codedWidth,
    codedHeight: raw.codedHeight,
    displayWidth: raw.displayWidth,
    displayHeight: raw.displayHeight,
    layout: raw.layout,
    timestamp: Math.round(timestamp * 1000),
  };
  if (raw.colorSpace) {
    try {
      return new VideoFrame(raw.data, { ...init, colorSpace: raw.colorSpace as VideoColorSpaceInit });
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
  }
  return new VideoFrame(raw.data, init);
}
