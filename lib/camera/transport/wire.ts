import type { RawFrame } from '../frames/raw-frame';

/**
 * The analyzer's messages over extension messaging (a `runtime.Port`, between the analyzer frame in a tab and the
 * offscreen analyzer), which carries JSON only: binary data (a raw frame's planes, a person mask) goes as base64,
 * tagged, and comes back as the same type. Nothing else is changed; the receiver validates the decoded message
 * with the protocol's schemas (messages.ts), as it does any other.
 */

type Tagged = { $wire: 'ArrayBuffer' | 'Uint8Array'; base64: string };

const CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const isTagged = (value: object): value is Tagged =>
  '$wire' in value && 'base64' in value && typeof value.base64 === 'string';

/** A message made JSON-safe: ArrayBuffers and Uint8Arrays as tagged base64. */
export function toWire(value: unknown): unknown {
  if (value instanceof ArrayBuffer) return { $wire: 'ArrayBuffer', base64: toBase64(new Uint8Array(value)) };
  if (value instanceof Uint8Array) return { $wire: 'Uint8Array', base64: toBase64(value) };
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toWire(item)]));
  }
  return value;
}

/** The message back from its JSON-safe form. */
export function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (typeof value === 'object' && value !== null) {
    if (isTagged(value)) {
      const bytes = fromBase64(value.base64);
      return value.$wire === 'ArrayBuffer' ? bytes.buffer : bytes;
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fromWire(item)]));
  }
  return value;
}

/**
 * A bitmap as a raw RGBA frame (the in-call overlay's fallback grab, when a frame's planes cannot be read): a bitmap
 * cannot go over extension messaging, its pixels can.
 */
export function bitmapToRawFrame(bitmap: ImageBitmap): RawFrame {
  const { width, height } = bitmap;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D canvas context to read the frame.');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const pixels = context.getImageData(0, 0, width, height);
  return {
    kind: 'raw-frame',
    format: 'RGBA',
    codedWidth: width,
    codedHeight: height,
    displayWidth: width,
    displayHeight: height,
    layout: [{ offset: 0, stride: width * 4 }],
    data: pixels.data.buffer as ArrayBuffer,
  };
}
