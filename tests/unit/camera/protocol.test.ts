import { describe, expect, it, vi } from 'vitest';
import type { AnalysisResult } from '@/lib/camera/analysis/result';
import { goodMeasurements } from './fixtures';

/** A stand-in for a transferred frame: the protocol only checks that it is an ImageBitmap, and closes it. */
class FakeBitmap {
  width = 640;
  height = 480;
  closed = false;
  close() {
    this.closed = true;
  }
}
vi.stubGlobal('ImageBitmap', FakeBitmap);

const RESULT: AnalysisResult = {
  framing: 'ok',
  camera_height: 'ok',
  lighting: 'backlit',
  background: 'ok',
  issues: ['backlit'],
  faces: [],
  measurements: goodMeasurements(),
  mask: null,
  frame: { width: 640, height: 480 },
  maskReused: false,
  facesReused: false,
  ms: 12,
  timings: { prepare: 1, face: 4, segment: 5, farFace: 0, measure: 2 },
};

const created: { mode: string; thresholds: unknown }[] = [];
const analysed: unknown[] = [];
const analyzers: { cadence: unknown; warmedUp: boolean }[] = [];
class FakeImageData {
  data: Uint8ClampedArray;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8ClampedArray(width * height * 4);
  }
}
vi.stubGlobal('ImageData', FakeImageData);
vi.mock('@/lib/camera/analysis/analyzer', () => ({
  CameraAnalyzer: {
    create: async (_base: string, mode: string, thresholds: unknown) => {
      created.push({ mode, thresholds });
      const analyzer = {
        startupMs: 321,
        thresholds,
        cadence: null as unknown,
        warmedUp: false,
        warmUp() {
          this.warmedUp = true;
        },
        analyze: (image: unknown) => {
          analysed.push(image);
          return RESULT;
        },
        close: () => undefined,
      };
      analyzers.push(analyzer);
      return analyzer;
    },
  },
}));

const { connectAnalyzer } = await import('@/lib/camera/transport/client');
const { serveAnalyzer } = await import('@/lib/camera/transport/worker-server');

type Listener = (event: MessageEvent) => void;
/** Two ends that deliver each other's messages as they are (no structured clone), like a MessagePort pair. */
function pair() {
  const listeners = { client: [] as Listener[], server: [] as Listener[] };
  const deliver = (to: Listener[], data: unknown) => {
    queueMicrotask(() => to.forEach((listener) => listener({ data, ports: [] } as unknown as MessageEvent)));
  };
  return {
    client: {
      postMessage: (data: unknown) => deliver(listeners.server, data),
      addEventListener: (_: 'message', listener: Listener) => listeners.client.push(listener),
      removeEventListener: (_: 'message', listener: Listener) => {
        listeners.client = listeners.client.filter((l) => l !== listener);
      },
    },
    server: {
      postMessage: (data: unknown) => deliver(listeners.client, data),
      addEventListener: (_: 'message', listener: Listener) => listeners.server.push(listener),
    },
    /** Sends something to the client as if the analyzer had. */
    fromAnalyzer: (data: unknown) => deliver(listeners.client, data),
  };
}

describe('the analyzer protocol between a page or content script and the worker', () => {
  it('initialises with the mode and IT’s thresholds, and says which threshold fields were dropped', async () => {
    const ends = pair();
    serveAnalyzer(ends.server, 'chrome-extension://test/');
    const client = connectAnalyzer(ends.client, {
      mode: 'video',
      thresholds: { framing: { minFaceHeight: 'x' } },
    });
    await expect(client.ready).resolves.toEqual({
      startupMs: 321,
      droppedThresholds: ['framing.minFaceHeight'],
    });
    expect(created.at(-1)?.mode).toBe('VIDEO');
    // Ready means warmed up: the first camera frame does not pay for the models' first run.
    expect(analyzers.at(-1)?.warmedUp).toBe(true);
  });

  it('answers frame:analyze with frame:result, and closes the transferred bitmap', async () => {
    const ends = pair();
    serveAnalyzer(ends.server, 'chrome-extension://test/');
    const client = connectAnalyzer(ends.client, { mode: 'image' });
    const bitmap = new FakeBitmap();
    const result = await client.analyze(bitmap as unknown as ImageBitmap);
    expect(result.lighting).toBe('backlit');
    expect(bitmap.closed).toBe(true);
  });

  it('answers with the verdicts alone when asked: what a host page decodes and checks, not the measurements', async () => {
    const ends = pair();
    serveAnalyzer(ends.server, 'chrome-extension://test/');
    const client = connectAnalyzer(ends.client, { mode: 'video' });
    const bitmap = new FakeBitmap();
    const result = await client.verdicts(bitmap as unknown as ImageBitmap, { timestampMs: 1000 });
    expect(result).toMatchObject({ lighting: 'backlit', issues: ['backlit'], maskReused: false });
    expect(Object.keys(result)).not.toContain('measurements');
    expect(Object.keys(result)).not.toContain('faces');
    expect(bitmap.closed).toBe(true);
  });

  it('takes a content script’s raw YUV frame, turns it into the analysis image, and keeps the call’s cadence', async () => {
    const ends = pair();
    serveAnalyzer(ends.server, 'chrome-extension://test/');
    const cadence = { maskMaxAgeMs: 900, poseIntervalMs: 3000, faceReuseMs: 900, stillFaceReuseMs: 2000 };
    const client = connectAnalyzer(ends.client, { mode: 'video', cadence });
    await client.ready;
    expect(analyzers.at(-1)?.cadence).toEqual(cadence);
    const raw = {
      kind: 'raw-frame' as const,
      format: 'I420' as const,
      codedWidth: 192,
      codedHeight: 144,
      displayWidth: 192,
      displayHeight: 144,
      layout: [
        { offset: 0, stride: 192 },
        { offset: 192 * 144, stride: 96 },
        { offset: 192 * 144 * 1.25, stride: 96 },
      ],
      data: new Uint8Array(192 * 144 * 1.5).fill(128).buffer,
    };
    const result = await client.analyze(raw, { timestampMs: 1000 });
    expect(result.framing).toBe('ok');
    const image = analysed.at(-1) as FakeImageData;
    expect(image).toBeInstanceOf(FakeImageData);
    expect([image.width, image.height]).toEqual([192, 144]);
    expect(image.data[0]).toBe(studioGrey(128));
  });

  it('ignores malformed or foreign messages on both sides', async () => {
    const ends = pair();
    serveAnalyzer(ends.server, 'chrome-extension://test/');
    const client = connectAnalyzer(ends.client, { mode: 'image' });
    ends.client.postMessage({ type: 'frame:analyze', id: 'one', image: 'not a bitmap' });
    ends.client.postMessage({ type: 'frame:analyze', id: 2, image: { kind: 'raw-frame', format: 'I420' } });
    ends.fromAnalyzer({ type: 'frame:result', id: 1, result: { framing: 'wonderful' } });
    ends.fromAnalyzer('hello');
    const result = await client.analyze(new FakeBitmap() as unknown as ImageBitmap);
    expect(result.framing).toBe('ok');
  });

  it('rejects what is still waiting when the client closes', async () => {
    const ends = pair();
    // No analyzer behind this end: nothing ever answers.
    const client = connectAnalyzer(ends.client, { mode: 'image' });
    const waiting = client.analyze(new FakeBitmap() as unknown as ImageBitmap);
    client.close();
    await expect(waiting).rejects.toThrow('closed');
    await expect(client.ready).rejects.toThrow('closed');
  });
});

/** Studio-range grey as the analysis image shows it. */
function studioGrey(y: number): number {
  return Math.round(((y - 16) * 255) / 219);
}
