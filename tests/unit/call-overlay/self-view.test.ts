// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findSelfView, localCameraIds, unknownCameraPlaying } from '@/lib/checks/call-overlay/self-view';
import { portalVardochhalsa } from '@/lib/portals/vardochhalsa';
import type { ResolvedPortal } from '@/lib/portals/types';
import { fakeStream, FakeTrack, playingVideo } from './media';

const portal: ResolvedPortal = portalVardochhalsa;
const CAMERA = 'c7f1d0e3a9b2';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('finding the clinician’s own camera picture', () => {
  it('takes the video whose track comes from a camera of this computer, whatever its class', () => {
    const remote = playingVideo(new FakeTrack('{5b1c4e9e-2f7d-4c43-9a57-6f0f0b0c1d2e}'), { class: 'big' });
    const own = playingVideo(new FakeTrack(CAMERA), { class: 'small' });
    const found = findSelfView(portal, new Set([CAMERA]));
    expect(found?.video).toBe(own);
    expect(found?.foundBy).toBe('device');
    expect(found?.video).not.toBe(remote);
  });

  it('never takes the portal’s remote video, even when its track claims a local camera', () => {
    // A loopback test call: the remote participant is this very camera.
    playingVideo(new FakeTrack(CAMERA), { class: 'vc-remote-video' });
    expect(findSelfView(portal, new Set([CAMERA]))).toBeNull();
  });

  it('never takes the remote video through the fallback, even if a bad selector names it', () => {
    const custom: ResolvedPortal = {
      ...portal,
      selectors: { ...portal.selectors, selfView: ['video'] },
    };
    playingVideo(new FakeTrack('remote-uuid'), { class: 'vc-remote-video' });
    expect(findSelfView(custom, new Set())).toBeNull();
  });

  it('falls back to the portal’s selfView selectors when no video plays a known camera', () => {
    playingVideo(new FakeTrack('remote-uuid'), { class: 'vc-remote-video' });
    const own = playingVideo(new FakeTrack('processed-copy'), { class: 'vc-self-view' });
    const found = findSelfView(portal, new Set([CAMERA]));
    expect(found).toMatchObject({ video: own, foundBy: 'selector' });
  });

  it('does not fall back to a self-view whose camera was stopped', () => {
    const track = new FakeTrack('x');
    playingVideo(track, { class: 'vc-self-view' });
    track.readyState = 'ended';
    expect(findSelfView(portal, new Set())).toBeNull();
  });

  it('does not fall back to an empty self-view (the camera was not allowed, or there is none)', () => {
    const empty = playingVideo(null, { class: 'vc-self-view' });
    expect(findSelfView(portal, new Set())).toBeNull();
    // The same element once the portal gives it a picture.
    empty.srcObject = fakeStream(new FakeTrack('late'));
    expect(findSelfView(portal, new Set())?.video).toBe(empty);
  });

  it('prefers the one the portal names when two videos show the camera (a preview and the self-view)', () => {
    playingVideo(new FakeTrack(CAMERA), { class: 'preview' });
    const own = playingVideo(new FakeTrack(CAMERA), { class: 'vc-self-view' });
    expect(findSelfView(portal, new Set([CAMERA]))?.video).toBe(own);
  });

  it('finds nothing on a page without videos, or with only the remote one', () => {
    expect(findSelfView(portal, new Set([CAMERA]))).toBeNull();
    playingVideo(new FakeTrack('remote'), { class: 'vc-remote-video' });
    expect(findSelfView(portal, new Set([CAMERA]))).toBeNull();
  });
});

describe('the computer’s cameras', () => {
  it('are listed again when a video plays a camera the last list did not have, not for canvas streams', () => {
    playingVideo(new FakeTrack(CAMERA));
    expect(unknownCameraPlaying(new Set([CAMERA]))).toBe(false);
    // Read before the page was allowed the camera: the list had no ids.
    expect(unknownCameraPlaying(new Set())).toBe(true);
    document.body.innerHTML = '';
    const canvasTrack = Object.assign(new FakeTrack('Y2FudmFz'), {
      canvas: document.createElement('canvas'),
    });
    playingVideo(canvasTrack);
    expect(unknownCameraPlaying(new Set())).toBe(false);
  });

  it('lists the video inputs’ ids, leaving out microphones and ids hidden before permission', async () => {
    const devices = [
      { kind: 'videoinput', deviceId: 'cam-1' },
      { kind: 'videoinput', deviceId: '' },
      { kind: 'audioinput', deviceId: 'mic-1' },
    ] as MediaDeviceInfo[];
    expect([...(await localCameraIds({ enumerateDevices: async () => devices }))]).toEqual(['cam-1']);
  });

  it('gives an empty list when the browser refuses', async () => {
    const refusing = { enumerateDevices: () => Promise.reject(new DOMException('no', 'NotAllowedError')) };
    expect((await localCameraIds(refusing)).size).toBe(0);
    expect((await localCameraIds(undefined)).size).toBe(0);
  });
});
