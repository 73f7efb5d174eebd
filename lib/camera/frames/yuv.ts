import type { RawFrame } from './raw-frame';

/**
 * Camera frames in YUV (I420 or NV12, what cameras give), for the in-call overlay. On the host page, `shrinkYuv`
 * scales the copied planes down to the analysis size (I420, 192 × 144: 41 kB instead of 460 kB for a 640 × 480
 * frame, so that posting it to the extension's process stays cheap); in the analyzer's worker, `yuvToRgba` turns
 * them into the RGBA analysis image. Neither step makes the browser convert the whole frame to RGB, which
 * `createImageBitmap(video)` or `drawImage(videoFrame)` do (3–4 ms a frame without a GPU; npm run bench -- call).
 *
 * Luma is scaled about as the canvas's bilinear ('low') scaling does for the camera test's frames, so that both
 * paths give the analyzer the same picture; chroma, at half resolution already, is taken from the nearest sample
 * (colour matters to the analysis only as a whole, for the brightness and colourfulness measures).
 */

export const YUV_FORMATS = ['I420', 'I420A', 'NV12'] as const;
export type YuvFrame = RawFrame & { format: (typeof YUV_FORMATS)[number] };

export const isYuvFrame = (raw: RawFrame): raw is YuvFrame =>
  (YUV_FORMATS as readonly string[]).includes(raw.format);

interface Plane {
  offset: number;
  stride: number;
}

/** Where the planes are (NV12: U and V interleaved, 2 bytes a sample), from the frame's layout. */
function planesOf(raw: YuvFrame) {
  const { codedWidth: width, codedHeight: height, layout } = raw;
  const chromaWidth = Math.ceil(width / 2);
  const chromaHeight = Math.ceil(height / 2);
  const nv12 = raw.format === 'NV12';
  const luma: Plane = layout[0] ?? { offset: 0, stride: width };
  const u: Plane = layout[1] ?? {
    offset: luma.offset + luma.stride * height,
    stride: nv12 ? 2 * chromaWidth : chromaWidth,
  };
  const v: Plane = nv12
    ? { offset: u.offset + 1, stride: u.stride }
    : (layout[2] ?? { offset: u.offset + u.stride * chromaHeight, stride: chromaWidth });
  return {
    bytes: new Uint8Array(raw.data),
    width,
    height,
    chromaWidth,
    chromaHeight,
    luma,
    u,
    v,
    step: nv12 ? 2 : 1,
  };
}

/**
 * Bilinear sampling positions along one axis: for each target pixel the two source pixels and the second's weight,
 * in 256ths.
 */
function axis(source: number, target: number) {
  const first = new Int32Array(target);
  const second = new Int32Array(target);
  const weight = new Int32Array(target);
  const scale = source / target;
  for (let i = 0; i < target; i++) {
    const at = Math.min(source - 1, Math.max(0, (i + 0.5) * scale - 0.5));
    first[i] = Math.floor(at);
    second[i] = Math.min(source - 1, Math.floor(at) + 1);
    weight[i] = Math.round((at - Math.floor(at)) * 256);
  }
  return { first, second, weight };
}

/** The bilinear blend of four luma samples with weights in 256ths: 0..255 × 65536. */
const blend = (
  bytes: Uint8Array,
  row0: number,
  row1: number,
  x0: number,
  x1: number,
  wx: number,
  wy: number,
) =>
  (bytes[row0 + x0]! * (256 - wx) + bytes[row0 + x1]! * wx) * (256 - wy) +
  (bytes[row1 + x0]! * (256 - wx) + bytes[row1 + x1]! * wx) * wy;

/** The nearest source sample for each target sample (centres mapped onto each other). */
function nearest(source: number, target: number): Int32Array {
  const index = new Int32Array(target);
  for (let i = 0; i < target; i++) index[i] = Math.min(source - 1, Math.floor(((i + 0.5) * source) / target));
  return index;
}

/**
 * On the host page: the frame scaled down to `width` × `height`, as I420 (the frame's colour space kept). The
 * caller has copied the planes out of the VideoFrame already (raw-frame.ts).
 */
export function shrinkYuv(raw: YuvFrame, width: number, height: number): YuvFrame {
  // (The copy may sit in a larger, reused buffer: only the planes the layout names are read.)
  const src = planesOf(raw);
  const chromaWidth = Math.ceil(width / 2);
  const chromaHeight = Math.ceil(height / 2);
  const out = new Uint8Array(width * height + 2 * chromaWidth * chromaHeight);
  // Luma: the mean of the 2 × 2 source pixels around each target pixel's centre (where bilinear sampling would
  // look, with even weights): as smooth as the canvas's bilinear scaling, and no multiplications, so about four
  // times faster on the page.
  const xs = axis(src.width, width);
  const ys = axis(src.height, height);
  const { bytes } = src;
  let o = 0;
  for (let y = 0; y < height; y++) {
    const row0 = src.luma.offset + ys.first[y]! * src.luma.stride;
    const row1 = src.luma.offset + ys.second[y]! * src.luma.stride;
    for (let x = 0; x < width; x++) {
      const x0 = xs.first[x]!;
      const x1 = xs.second[x]!;
      out[o++] = (bytes[row0 + x0]! + bytes[row0 + x1]! + bytes[row1 + x0]! + bytes[row1 + x1]! + 2) >> 2;
    }
  }
  const cxs = nearest(src.chromaWidth, chromaWidth);
  const cys = nearest(src.chromaHeight, chromaHeight);
  const vStart = o + chromaWidth * chromaHeight;
  let c = 0;
  for (let y = 0; y < chromaHeight; y++) {
    const uRow = src.u.offset + cys[y]! * src.u.stride;
    const vRow = src.v.offset + cys[y]! * src.v.stride;
    for (let x = 0; x < chromaWidth; x++) {
      out[o + c] = bytes[uRow + cxs[x]! * src.step]!;
      out[vStart + c] = bytes[vRow + cxs[x]! * src.step]!;
      c += 1;
    }
  }
  return {
    kind: 'raw-frame',
    format: 'I420',
    codedWidth: width,
    codedHeight: height,
    displayWidth: width,
    displayHeight: height,
    layout: [
      { offset: 0, stride: width },
      { offset: width * height, stride: chromaWidth },
      { offset: vStart, stride: chromaWidth },
    ],
    ...(raw.colorSpace ? { colorSpace: raw.colorSpace } : {}),
    data: out.buffer,
  };
}

/** R, G, B = Y + v·V, Y − gu·U − gv·V, Y + u·U, with Y, U, V already centred and scaled to 0..255. */
function matrix(kr: number, kb: number) {
  const kg = 1 - kr - kb;
  return { v: 2 * (1 - kr), gu: (2 * kb * (1 - kb)) / kg, gv: (2 * kr * (1 - kr)) / kg, u: 2 * (1 - kb) };
}

/** From the luma weights Kr and Kb of ITU-R BT.601 and BT.709. */
const BT601 = matrix(0.299, 0.114);
const BT709 = matrix(0.2126, 0.0722);

/**
 * In the analyzer's worker: `raw` scaled to `target`'s size (usually it is that size already) and written into it
 * as RGBA. The frame's colour space decides the matrix (BT.709 when it says so, BT.601 otherwise: what cameras use
 * at standard definition) and the range (limited, 16–235, unless it says full).
 */
export function yuvToRgba(raw: YuvFrame, target: ImageData): void {
  const src = planesOf(raw);
  const m = raw.colorSpace?.matrix === 'bt709' ? BT709 : BT601;
  const full = raw.colorSpace?.fullRange === true;
  const lumaScale = full ? 1 : 255 / 219;
  const lumaOffset = full ? 0 : 16;
  const chromaScale = full ? 1 : 255 / 224;
  const xs = axis(src.width, target.width);
  const ys = axis(src.height, target.height);
  const cxs = nearest(src.chromaWidth, target.width);
  const cys = nearest(src.chromaHeight, target.height);
  const { bytes } = src;
  const out = target.data;
  let o = 0;
  for (let y = 0; y < target.height; y++) {
    const row0 = src.luma.offset + ys.first[y]! * src.luma.stride;
    const row1 = src.luma.offset + ys.second[y]! * src.luma.stride;
    const wy = ys.weight[y]!;
    const uRow = src.u.offset + cys[y]! * src.u.stride;
    const vRow = src.v.offset + cys[y]! * src.v.stride;
    for (let x = 0; x < target.width; x++) {
      const luma = blend(bytes, row0, row1, xs.first[x]!, xs.second[x]!, xs.weight[x]!, wy) / 65536;
      const l = (luma - lumaOffset) * lumaScale;
      const u = (bytes[uRow + cxs[x]! * src.step]! - 128) * chromaScale;
      const v = (bytes[vRow + cxs[x]! * src.step]! - 128) * chromaScale;
      // A Uint8ClampedArray rounds and clamps by itself.
      out[o] = l + m.v * v;
      out[o + 1] = l - m.gu * u - m.gv * v;
      out[o + 2] = l + m.u * u;
      out[o + 3] = 255;
      o += 4;
    }
  }
}
