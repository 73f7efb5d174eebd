/**
 * Chromium with the fake camera showing one of the labelled test pictures, for the end-to-end tests that need a
 * camera picture (the in-call overlay, the checklist, accessibility).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyOfBuiltExtension } from './checklist-support.ts';
import { startSession, type E2eSession } from './harness.ts';

export const DERIVED = resolve(import.meta.dirname, '..', 'fixtures', 'media', 'derived');

/**
 * How the fake camera's picture behaves: `still`, the same frame over and over (what the end-to-end tests need);
 * `noisy`, a clinician sitting still, with a real camera's pixel noise; `moving`, the clinician swaying all the time
 * (the picture drifts by up to ±5 % sideways and ±2.5 % up and down, and is noisy too): the costliest case for the
 * in-call overlay, which reuses face boxes while the picture is still.
 */
export type CameraMotion = 'still' | 'noisy' | 'moving';

const NOISE = 'noise=alls=8:allf=t';
const MOTION_FILTERS: Record<CameraMotion, { seconds: number; filter: string }> = {
  still: { seconds: 3, filter: 'scale=640:480' },
  noisy: { seconds: 3, filter: `scale=640:480,${NOISE}` },
  moving: {
    seconds: 12,
    filter: `scale=704:528,crop=640:480:x='32+32*sin(2*PI*t/4)':y='24+12*sin(2*PI*t/3)',${NOISE}`,
  },
};

/** A .y4m the fake camera loops: the picture, 640×480, 5 frames a second. */
export function fakeCameraVideo(picture: string, dir: string, motion: CameraMotion = 'still'): string {
  const file = join(dir, `camera-${motion}.y4m`);
  const { seconds, filter } = MOTION_FILTERS[motion];
  execFileSync('ffmpeg', [
    ...['-loglevel', 'error', '-y', '-loop', '1', '-t', String(seconds), '-i', picture],
    ...['-vf', `fps=5,${filter},format=yuv420p`, file],
  ]);
  return file;
}

/** One picture shown for a while, in a feed that changes during the call. */
export interface Scene {
  picture: string;
  seconds: number;
}

/**
 * A .y4m the fake camera loops: each scene's picture in turn, 640×480, 5 frames a second, with a camera's pixel noise
 * (somebody walking into view, for instance, is one scene after another).
 */
export function fakeCameraScenes(scenes: readonly Scene[], dir: string): string {
  const file = join(dir, 'camera-scenes.y4m');
  const inputs = scenes.flatMap(({ picture, seconds }) => [
    '-loop',
    '1',
    '-t',
    String(seconds),
    '-i',
    picture,
  ]);
  const scaled = scenes.map((_, i) => `[${i}:v]fps=5,scale=640:480,setsar=1[s${i}]`).join(';');
  const joined = `${scenes.map((_, i) => `[s${i}]`).join('')}concat=n=${scenes.length}:v=1:a=0,${NOISE},format=yuv420p`;
  execFileSync('ffmpeg', [
    ...['-loglevel', 'error', '-y', ...inputs],
    ...['-filter_complex', `${scaled};${joined}`, file],
  ]);
  return file;
}

export interface FakeCameraSession {
  session: E2eSession;
  close(): Promise<void>;
}

/**
 * Chromium with the fake camera showing `picture` (a file in DERIVED), or scenes of such pictures in turn, and a
 * private copy of the built extension (`extensionDir`, else a copy made now), so that a rebuild of .output during
 * the run changes nothing under test.
 */
export async function startFakeCameraSession(
  picture: string | readonly Scene[],
  extensionDir?: string,
): Promise<FakeCameraSession> {
  const extension = extensionDir ? { dir: extensionDir, remove: () => undefined } : copyOfBuiltExtension();
  const dir = mkdtempSync(join(tmpdir(), 'vmk-camera-media-'));
  const video =
    typeof picture === 'string'
      ? fakeCameraVideo(join(DERIVED, picture), dir)
      : fakeCameraScenes(
          picture.map((scene) => ({ ...scene, picture: join(DERIVED, scene.picture) })),
          dir,
        );
  const session = await startSession({
    extensionDir: extension.dir,
    args: [
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  return {
    session,
    async close() {
      await session.close();
      extension.remove();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
