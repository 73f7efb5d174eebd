import { describe, expect, it } from 'vitest';
import { fromAnalyzerSchema, toAnalyzerSchema } from '@/lib/camera/transport/messages';
import { transferablesOf } from '@/lib/camera/transport/offscreen-host';
import { fromWire, toWire } from '@/lib/camera/transport/wire';

/** A 4 × 2 I420 frame's planes: every byte different, so that a shifted or truncated copy shows. */
const planes = () => Uint8Array.from({ length: 12 }, (_, i) => i * 21).buffer;

const frameMessage = () => ({
  type: 'frame:analyze',
  id: 7,
  timestampMs: 1234.5,
  reply: 'verdicts',
  image: {
    kind: 'raw-frame',
    format: 'I420',
    codedWidth: 4,
    codedHeight: 2,
    displayWidth: 4,
    displayHeight: 2,
    layout: [
      { offset: 0, stride: 4 },
      { offset: 8, stride: 2 },
      { offset: 10, stride: 2 },
    ],
    data: planes(),
  },
});

describe('the analyzer’s messages over extension messaging (JSON only)', () => {
  it('carries a raw frame’s planes through JSON byte for byte, and the result is a valid request', () => {
    const sent = JSON.parse(JSON.stringify(toWire(frameMessage())));
    const received = fromWire(sent);
    const parsed = toAnalyzerSchema.parse(received);
    expect(parsed.type).toBe('frame:analyze');
    const image = (parsed as { image: { data: ArrayBuffer } }).image;
    expect(new Uint8Array(image.data)).toEqual(new Uint8Array(planes()));
    expect(received).toMatchObject({ id: 7, timestampMs: 1234.5, reply: 'verdicts' });
  });

  it('carries a person mask back as the Uint8Array the page draws from', () => {
    const mask = Uint8Array.from([0, 17, 255, 128]);
    const reply = { type: 'analyzer:ready', startupMs: 12, droppedThresholds: [], extra: { mask } };
    const back = fromWire(JSON.parse(JSON.stringify(toWire(reply)))) as typeof reply;
    expect(back.extra.mask).toBeInstanceOf(Uint8Array);
    expect([...back.extra.mask]).toEqual([0, 17, 255, 128]);
    expect(fromAnalyzerSchema.safeParse(back).success).toBe(true);
  });

  it('leaves messages without binary data as they are', () => {
    const init = { type: 'analyzer:init', mode: 'video', thresholds: { framing: { minFaceScore: 0.5 } } };
    expect(fromWire(JSON.parse(JSON.stringify(toWire(init))))).toEqual(init);
  });

  it('transfers a frame’s planes to the worker instead of copying them, and nothing else', () => {
    const message = fromWire(toWire(frameMessage())) as { image: { data: ArrayBuffer } };
    expect(transferablesOf(message)).toEqual([message.image.data]);
    expect(transferablesOf({ type: 'analyzer:init', mode: 'video' })).toEqual([]);
    expect(transferablesOf(null)).toEqual([]);
  });
});
