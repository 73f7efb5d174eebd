import { readFileSync } from 'node:fs';
import { ByteBuffer } from 'flatbuffers';
import { describe, expect, it } from 'vitest';
import { summarize } from '@/lib/camera/analysis/bench';
import { labelShapes } from '@/lib/camera/measure/person';
import { imageMetadata, withMetadata } from '../../../scripts/build-models.ts';

const MODEL = 'node_modules/@mediapipe/face_detection/face_detection_full_range.tflite';

/** Position of an offset field's target, or 0. */
function field(bb: ByteBuffer, table: number, slot: number): number {
  const o = bb.__offset(table, 4 + 2 * slot);
  return o === 0 ? 0 : bb.__indirect(table + o);
}

describe('model build step: TFLite metadata in front of the npm model', () => {
  const original = new Uint8Array(readFileSync(MODEL));
  const metadata = imageMetadata({
    name: 'test',
    description: 'test',
    normalization: { mean: 127.5, std: 127.5 },
  });
  const built = withMetadata(original, metadata);
  const bb = new ByteBuffer(built);
  const root = bb.readUint32(0);

  it('keeps the original model bytes unchanged, 16-byte aligned', () => {
    const start = built.length - original.length - ((16 - (original.length % 16)) % 16);
    expect(start % 16).toBe(0);
    expect(Buffer.from(built.subarray(start, start + original.length)).equals(Buffer.from(original))).toBe(
      true,
    );
  });

  it('points at the original subgraphs and adds one buffer holding the metadata', () => {
    const oldBb = new ByteBuffer(original);
    const oldRoot = oldBb.readUint32(0);
    expect(bb.__has_identifier('TFL3')).toBe(true);
    const start = built.length - original.length - ((16 - (original.length % 16)) % 16);
    expect(field(bb, root, 2)).toBe(start + field(oldBb, oldRoot, 2));
    expect(field(bb, root, 1)).toBe(start + field(oldBb, oldRoot, 1));
    const buffersPos = bb.__offset(root, 4 + 2 * 4);
    const oldBuffersPos = oldBb.__offset(oldRoot, 4 + 2 * 4);
    expect(bb.__vector_len(root + buffersPos)).toBe(oldBb.__vector_len(oldRoot + oldBuffersPos) + 1);
    const metadataPos = root + bb.__offset(root, 4 + 2 * 6);
    expect(bb.__vector_len(metadataPos)).toBe(1);
    const entry = bb.__indirect(bb.__vector(metadataPos));
    expect(bb.__string(entry + bb.__offset(entry, 4))).toBe('TFLITE_METADATA');
    const bufferIndex = bb.readUint32(entry + bb.__offset(entry, 6));
    const buffer = bb.__indirect(bb.__vector(root + buffersPos) + 4 * bufferIndex);
    const dataPos = buffer + bb.__offset(buffer, 4);
    const bytes = built.subarray(bb.__vector(dataPos), bb.__vector(dataPos) + bb.__vector_len(dataPos));
    expect(Buffer.from(bytes).equals(Buffer.from(metadata))).toBe(true);
  });

  it('describes the input as an RGB image with the given normalization', () => {
    const meta = new ByteBuffer(metadata);
    expect(meta.__has_identifier('M001')).toBe(true);
    const model = meta.readUint32(0);
    const subgraph = meta.__indirect(meta.__vector(model + meta.__offset(model, 4 + 2 * 3)));
    const tensor = meta.__indirect(meta.__vector(subgraph + meta.__offset(subgraph, 4 + 2 * 2)));
    const unit = meta.__indirect(meta.__vector(tensor + meta.__offset(tensor, 4 + 2 * 4)));
    expect(meta.readUint8(unit + meta.__offset(unit, 4))).toBe(1); // NormalizationOptions
    const options = field(meta, unit, 1);
    const mean = meta.__vector(options + meta.__offset(options, 4));
    const std = meta.__vector(options + meta.__offset(options, 6));
    expect(meta.readFloat32(mean)).toBe(127.5);
    expect(meta.readFloat32(std)).toBe(127.5);
  });

  it('refuses a model that has metadata already', () => {
    expect(() => withMetadata(built, metadata)).toThrow(/already has metadata/);
  });
});

describe('benchmark statistics', () => {
  it('gives the median, the 95th percentile and the mean', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(samples)).toEqual({ median: 50.5, p95: 95, mean: 50.5 });
    expect(summarize([3, 1, 2, 10])).toEqual({ median: 2.5, p95: 10, mean: 4 });
    expect(summarize([])).toEqual({ median: 0, p95: 0, mean: 0 });
  });
});

describe('person shapes in the coarse mask', () => {
  it('labels separate shapes and their sizes', () => {
    // 6 × 3 grid: a 2×3 shape on the left, a single cell on the right.
    const cells = Uint8Array.from([1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0]);
    const { labels, areas } = labelShapes(cells, 6);
    expect(areas.slice(1).sort()).toEqual([1, 6]);
    expect(labels[0]).toBe(labels[13]);
    expect(labels[5]).not.toBe(labels[0]);
  });
});
