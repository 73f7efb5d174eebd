import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { cameraErrorKind, type CameraErrorKind } from '@/lib/camera/advice/texts';

export interface CameraDevice {
  deviceId: string;
  label: string;
}

export type CameraState =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'running'; stream: MediaStream; deviceId: string }
  | { status: 'error'; kind: CameraErrorKind };

/** A webcam frame size the analysis is built for; the camera picks the nearest it has. */
const VIDEO_CONSTRAINTS = { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 15 } };

async function listCameras(): Promise<CameraDevice[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((device) => device.kind === 'videoinput')
    .map((device, index) => ({ deviceId: device.deviceId, label: device.label || `#${index + 1}` }));
}

/**
 * The camera: start with a chosen device, the list of cameras, and the ways it can fail (no camera, permission
 * denied, busy, disconnected: the track ends or the device leaves the list).
 */
export function useCamera() {
  const [state, setState] = useState<CameraState>({ status: 'idle' });
  const [devices, setDevices] = useState<CameraDevice[]>([]);
  const stateRef = useRef(state);
  stateRef.current = state;

  const stopTracks = (stream: MediaStream) => stream.getTracks().forEach((track) => track.stop());

  const stop = useCallback(() => {
    const current = stateRef.current;
    if (current.status === 'running') stopTracks(current.stream);
    setState({ status: 'idle' });
  }, []);

  const start = useCallback(async (deviceId?: string) => {
    const current = stateRef.current;
    if (current.status === 'running') stopTracks(current.stream);
    setState({ status: 'starting' });
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: deviceId ? { ...VIDEO_CONSTRAINTS, deviceId: { exact: deviceId } } : VIDEO_CONSTRAINTS,
        audio: false,
      });
      const track = stream.getVideoTracks()[0];
      const actualId = track?.getSettings().deviceId ?? deviceId ?? '';
      track?.addEventListener('ended', () => {
        if (stateRef.current.status === 'running' && stateRef.current.stream === stream) {
          setState({ status: 'error', kind: 'disconnected' });
        }
      });
      setState({ status: 'running', stream, deviceId: actualId });
      // Labels are only readable once a camera has been allowed.
      setDevices(await listCameras());
    } catch (error) {
      setState({ status: 'error', kind: cameraErrorKind(error) });
      setDevices(await listCameras().catch(() => []));
    }
  }, []);

  useEffect(() => {
    const onDeviceChange = async () => {
      const cameras = await listCameras().catch(() => []);
      setDevices(cameras);
      const current = stateRef.current;
      if (
        current.status === 'running' &&
        current.deviceId &&
        !cameras.some((c) => c.deviceId === current.deviceId)
      ) {
        stopTracks(current.stream);
        setState({ status: 'error', kind: 'disconnected' });
      }
    };
    navigator.mediaDevices?.addEventListener('devicechange', onDeviceChange);
    return () => navigator.mediaDevices?.removeEventListener('devicechange', onDeviceChange);
  }, []);

  useEffect(
    () => () => {
      const current = stateRef.current;
      if (current.status === 'running') stopTracks(current.stream);
    },
    [],
  );

  return { state, devices, start, stop };
}
