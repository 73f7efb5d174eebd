import { describe, expect, it, vi } from 'vitest';
import type { AnalysisResult } from '@/lib/camera/result';
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
  ms: 12,
  timings: { prepare: 1, face: 4, segment: 5, farFace: 0, measure: 2 },
};

const created: { mode: string; thresholds: unknown }[] = [];
vi.mock('@/lib/camera/analyzer', () => ({
  CameraAnalyzer: {
    create: async (_base: string, mode: string, thresholds: unknown) => {
      created.push({ mode, thresholds });
      return { startupMs: 321, thresholds, analyze: () => RESULT, close: () => undefined };
    },
  },
}));

const { connectAnalyzer } = await import('@/lib/camera/client');
const { serveAnalyzer } = await import('@/lib/camera/worker-server');

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

  it('ignores malformed or foreign messages on both sides', async () => {
    const ends = pair();
    serveAnalyzer(ends.server, 'chrome-extension://test/');
    const client = connectAnalyzer(ends.client, { mode: 'image' });
    ends.client.postMessage({ type: 'frame:analyze', id: 'one', bitmap: 'not a bitmap' });
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
