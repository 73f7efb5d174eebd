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

/** A .y4m the fake camera loops: the still picture, 640×480, 5 frames a second. */
export function fakeCameraVideo(picture: string, dir: string): string {
  const file = join(dir, 'camera.y4m');
  execFileSync('ffmpeg', [
    ...['-loglevel', 'error', '-y', '-loop', '1', '-t', '3', '-i', picture],
    ...['-vf', 'fps=5,scale=640:480,format=yuv420p', file],
  ]);
  return file;
}

export interface FakeCameraSession {
  session: E2eSession;
  close(): Promise<void>;
}

/**
 * Chromium with the fake camera showing `picture` (a file in DERIVED) and a private copy of the built extension
 * (`extensionDir`, else a copy made now), so that a rebuild of .output during the run changes nothing under test.
 */
export async function startFakeCameraSession(
  picture: string,
  extensionDir?: string,
): Promise<FakeCameraSession> {
  const extension = extensionDir ? { dir: extensionDir, remove: () => undefined } : copyOfBuiltExtension();
  const dir = mkdtempSync(join(tmpdir(), 'vmk-camera-media-'));
  const video = fakeCameraVideo(join(DERIVED, picture), dir);
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
