import { describe, expect, it, vi } from 'vitest';
import { decodeRawFrame, rawFrameSchema, type RawFrame } from '@/lib/camera/frames/raw-frame';
import { analysisSize } from '@/lib/camera/analysis/result';
import { shrinkYuv, yuvToRgba, type YuvFrame } from '@/lib/camera/frames/yuv';

/**
 * The in-call overlay sends camera frames as YUV planes; the analyzer's worker turns them into its small RGB image.
 * The colours and the scaling must be what the browser itself would have drawn, or the verdicts would differ
 * between the camera test (bitmaps) and the call (raw frames).
 */

class Image {
  readonly data: Uint8ClampedArray;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8ClampedArray(width * height * 4);
  }
}
vi.stubGlobal('ImageData', Image);

type Yuv = { y: number; u: number; v: number };

/** A frame whose every pixel is `at(x, y)`, in I420 or NV12, with `pad` spare bytes at the end of each row. */
function frame(
  format: 'I420' | 'NV12',
  width: number,
  height: number,
  at: (x: number, y: number) => Yuv,
  options: { pad?: number; colorSpace?: RawFrame['colorSpace'] } = {},
): RawFrame {
  const pad = options.pad ?? 0;
  const lumaStride = width + pad;
  const cw = width / 2;
  const ch = height / 2;
  const chromaStride = (format === 'NV12' ? width : cw) + pad;
  const uOffset = lumaStride * height;
  const vOffset = uOffset + chromaStride * ch;
  const size = format === 'NV12' ? uOffset + chromaStride * ch : vOffset + chromaStride * ch;
  const bytes = new Uint8Array(size).fill(255); // padding shows up as white if it is read
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) bytes[y * lumaStride + x] = at(x, y).y;
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      const { u, v } = at(2 * x, 2 * y);
      if (format === 'NV12') {
        bytes[uOffset + y * chromaStride + 2 * x] = u;
        bytes[uOffset + y * chromaStride + 2 * x + 1] = v;
      } else {
        bytes[uOffset + y * chromaStride + x] = u;
        bytes[vOffset + y * chromaStride + x] = v;
      }
    }
  }
  const layout =
    format === 'NV12'
      ? [
          { offset: 0, stride: lumaStride },
          { offset: uOffset, stride: chromaStride },
        ]
      : [
          { offset: 0, stride: lumaStride },
          { offset: uOffset, stride: chromaStride },
          { offset: vOffset, stride: chromaStride },
        ];
  return {
    kind: 'raw-frame',
    format,
    codedWidth: width,
    codedHeight: height,
    displayWidth: width,
    displayHeight: height,
    layout,
    colorSpace: options.colorSpace ?? { matrix: 'smpte170m', fullRange: false },
    data: bytes.buffer,
  };
}

function pixel(image: Image, x: number, y: number): number[] {
  const i = (y * image.width + x) * 4;
  return [...image.data.slice(i, i + 4)];
}

function convert(raw: RawFrame, width = 8, height = 6): Image {
  const image = new Image(width, height);
  yuvToRgba(raw as Parameters<typeof yuvToRgba>[0], image as unknown as ImageData);
  return image;
}

const solid = (colour: Yuv) => () => colour;

describe('turning a camera frame’s YUV planes into the analysis image', () => {
  // Studio-range BT.601, as cameras send at standard definition.
  it.each([
    ['red', { y: 81, u: 90, v: 240 }, [255, 0, 0]],
    ['green', { y: 145, u: 54, v: 34 }, [0, 255, 0]],
    ['blue', { y: 41, u: 240, v: 110 }, [0, 0, 255]],
    ['white', { y: 235, u: 128, v: 128 }, [255, 255, 255]],
    ['black', { y: 16, u: 128, v: 128 }, [0, 0, 0]],
  ])('gives %s for %o in both I420 and NV12', (_name, colour, rgb) => {
    for (const format of ['I420', 'NV12'] as const) {
      const [r, g, b, a] = pixel(convert(frame(format, 16, 12, solid(colour))), 3, 2);
      expect(Math.abs(r! - rgb[0]!)).toBeLessThanOrEqual(2);
      expect(Math.abs(g! - rgb[1]!)).toBeLessThanOrEqual(2);
      expect(Math.abs(b! - rgb[2]!)).toBeLessThanOrEqual(2);
      expect(a).toBe(255);
    }
  });

  it('uses the BT.709 matrix when the frame says so (HD cameras)', () => {
    const red709 = { y: 63, u: 102, v: 240 };
    const hd = convert(
      frame('I420', 16, 12, solid(red709), { colorSpace: { matrix: 'bt709', fullRange: false } }),
    );
    const [r, g, b] = pixel(hd, 0, 0);
    expect(r).toBeGreaterThanOrEqual(253);
    expect(g).toBeLessThanOrEqual(2);
    expect(b).toBeLessThanOrEqual(2);
    // The same bytes read as BT.601 would be a visibly darker red.
    const [r601] = pixel(convert(frame('I420', 16, 12, solid(red709))), 0, 0);
    expect(r601).toBeLessThan(240);
  });

  it('keeps full-range luma as it is', () => {
    const grey = { y: 128, u: 128, v: 128 };
    const full = convert(frame('I420', 16, 12, solid(grey), { colorSpace: { fullRange: true } }));
    expect(pixel(full, 1, 1).slice(0, 3)).toEqual([128, 128, 128]);
    // Studio range stretches 16–235 to 0–255.
    expect(pixel(convert(frame('I420', 16, 12, solid(grey))), 1, 1)[0]).toBe(130);
  });

  it('scales down smoothly: a black and a white half stay black and white, with a soft edge between', () => {
    const halves = (x: number) => ({ y: x < 320 ? 16 : 235, u: 128, v: 128 });
    const size = analysisSize(640, 480);
    const image = convert(frame('I420', 640, 480, halves), size.width, size.height);
    expect(pixel(image, 0, 70)[0]).toBe(0);
    expect(pixel(image, size.width - 1, 70)[0]).toBe(255);
    const row = Array.from({ length: size.width }, (_, x) => pixel(image, x, 70)[0]!);
    // Monotonic, and the mean brightness is kept (half and half).
    expect(row.every((value, x) => x === 0 || value >= row[x - 1]!)).toBe(true);
    const mean = row.reduce((sum, value) => sum + value, 0) / row.length;
    expect(Math.abs(mean - 127.5)).toBeLessThan(3);
  });

  it('reads each row at its stride, never the padding after it', () => {
    const grey = { y: 126, u: 128, v: 128 };
    for (const format of ['I420', 'NV12'] as const) {
      const image = convert(frame(format, 20, 10, solid(grey), { pad: 12 }), 20, 10);
      const reds = Array.from({ length: 200 }, (_, i) => image.data[i * 4]!);
      expect(new Set(reds)).toEqual(new Set([haveLuma(126)]));
    }
  });
});

describe('scaling a camera frame down on the host page', () => {
  it('gives the analyzer the same picture as converting the whole frame would', () => {
    // Smooth colour ramps, as a lit face and wall are.
    const ramps = (x: number, y: number) => ({
      y: 30 + Math.round((x / 640) * 180),
      u: 100 + Math.round((y / 480) * 60),
      v: 150 - Math.round((x / 640) * 40),
    });
    const size = analysisSize(640, 480);
    for (const format of ['I420', 'NV12'] as const) {
      const full = frame(format, 640, 480, ramps, { pad: 16 });
      const small = shrinkYuv(full as YuvFrame, size.width, size.height);
      expect(small).toMatchObject({ format: 'I420', codedWidth: size.width, codedHeight: size.height });
      expect(small.data.byteLength).toBe(size.width * size.height * 1.5);
      const direct = convert(full, size.width, size.height);
      const viaPage = convert(small, size.width, size.height);
      let worst = 0;
      for (let i = 0; i < direct.data.length; i++)
        worst = Math.max(worst, Math.abs(direct.data[i]! - viaPage.data[i]!));
      expect(worst).toBeLessThanOrEqual(3);
    }
  });
});

/** Studio-range luma as the analysis image shows it. */
function haveLuma(y: number): number {
  return Math.round(((y - 16) * 255) / 219);
}

describe('a raw frame arriving at the analyzer', () => {
  it('becomes an image of the analysis size when it is YUV', () => {
    const raw = frame('NV12', 640, 480, solid({ y: 126, u: 128, v: 128 }));
    const decoded = decodeRawFrame(raw, 0) as unknown as Image;
    expect(decoded).toBeInstanceOf(Image);
    expect({ width: decoded.width, height: decoded.height }).toEqual(analysisSize(640, 480));
  });

  it('is refused when it is not a frame (a wrong format, no bytes, an absurd size)', () => {
    const raw = frame('I420', 16, 12, solid({ y: 126, u: 128, v: 128 }));
    expect(rawFrameSchema.safeParse(raw).success).toBe(true);
    expect(rawFrameSchema.safeParse({ ...raw, format: 'P010' }).success).toBe(false);
    expect(rawFrameSchema.safeParse({ ...raw, data: new ArrayBuffer(0) }).success).toBe(false);
    expect(rawFrameSchema.safeParse({ ...raw, codedWidth: 100_000 }).success).toBe(false);
    expect(rawFrameSchema.safeParse({ ...raw, data: 'pixels' }).success).toBe(false);
  });
});
