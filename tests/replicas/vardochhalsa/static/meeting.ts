/**
 * Video meeting room (current Visiba layout): call controls at the top, the patient as the large picture, the
 * patient's name at the bottom right, our own camera picture in the lower-left corner (mirrored, muted).
 * The patient's picture is a canvas stream with something moving on it, never the camera.
 */
import { api, type Meeting } from './api.ts';
import type { AppContext, View } from './app.ts';
import { h, icon, initials } from './dom.ts';

const CAMERA_ERRORS: Record<string, string> = {
  NotAllowedError:
    'Webbläsaren har inte fått använda kameran. Tillåt kamera och mikrofon i webbläsarens inställningar.',
  NotFoundError: 'Ingen kamera hittades. Kontrollera att kameran är ansluten.',
  NotReadableError: 'Kameran används av ett annat program. Stäng det och försök igen.',
  OverconstrainedError: 'Den valda kameran kan inte användas.',
};

/**
 * The remote participant: a drawn figure that moves, so tests can tell a live picture from a frozen one. With
 * `?remote=still` in the address it is drawn once: the benchmark's way to keep the page's own main-thread work
 * (redrawing the canvas 15 times a second, which a real call's WebRTC video does not cost) from drowning what it
 * measures.
 */
function remoteStream(): { stream: MediaStream; stop(): void } {
  const still = new URLSearchParams(location.search).get('remote') === 'still';
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 360;
  const g = canvas.getContext('2d')!;
  const started = performance.now();
  const draw = () => {
    const t = (performance.now() - started) / 1000;
    const gradient = g.createLinearGradient(0, 0, 640, 360);
    gradient.addColorStop(0, '#c9d8e6');
    gradient.addColorStop(1, '#8fa9c2');
    g.fillStyle = gradient;
    g.fillRect(0, 0, 640, 360);
    g.fillStyle = '#e9eef3';
    g.fillRect(40, 40, 150, 110); // a window in the background
    const sway = Math.sin(t * 1.3) * 14;
    g.fillStyle = '#3c5a78';
    g.beginPath();
    g.ellipse(320 + sway, 330, 130, 110, 0, Math.PI, 0);
    g.fill();
    g.fillStyle = '#e2b99a';
    g.beginPath();
    g.arc(320 + sway, 165 + Math.sin(t * 2.1) * 4, 62, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#5a3d2b';
    g.beginPath();
    g.arc(320 + sway, 140 + Math.sin(t * 2.1) * 4, 64, Math.PI, 0);
    g.fill();
    g.fillStyle = 'rgba(255,255,255,0.8)';
    g.fillRect(520 + Math.sin(t) * 40, 20, 12, 12); // a small moving marker
  };
  draw();
  const timer = still ? undefined : setInterval(draw, 1000 / 15);
  const stream = canvas.captureStream(15);
  return {
    stream,
    stop() {
      clearInterval(timer);
      for (const track of stream.getTracks()) track.stop();
    },
  };
}

function controlButton(
  className: string,
  label: string,
  iconName: Parameters<typeof icon>[0],
  onClick: () => void,
  pressed?: boolean,
): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      class: `vc-call-button-control ${className}`,
      'aria-label': label,
      title: label,
      'aria-pressed': pressed === undefined ? undefined : String(pressed),
      onclick: onClick,
    },
    icon(iconName),
    h('span', { class: 'vc-control-label' }, label),
  );
}

export function meetingView(context: AppContext, id: string): View {
  let local: MediaStream | undefined;
  let screen: MediaStream | undefined;
  let remote: { stream: MediaStream; stop(): void } | undefined;
  let ended = false;

  const selfVideo = h('video', {
    class: 'vc-self-view',
    autoplay: true,
    muted: true,
    playsinline: true,
    'aria-label': 'Din kamerabild',
  });
  selfVideo.muted = true; // the property, not only the attribute: never play our own microphone back
  const selfInitials = h('div', { class: 'vc-self-initials', hidden: true }, 'EE');
  const selfMenu = h(
    'div',
    { class: 'vc-self-menu', role: 'menu', hidden: true },
    h(
      'button',
      {
        type: 'button',
        role: 'menuitem',
        onclick: () => selfBox.classList.toggle('vc-self-view-box--large'),
      },
      'Förstora din video',
    ),
    h(
      'button',
      {
        type: 'button',
        role: 'menuitem',
        onclick: () => selfBox.classList.toggle('vc-self-view-box--hidden'),
      },
      'Dölj din video',
    ),
  );
  const selfBox = h(
    'div',
    { class: 'vc-self-view-box' },
    selfVideo,
    selfInitials,
    h(
      'button',
      {
        type: 'button',
        class: 'vc-icon-button vc-self-menu-button',
        'aria-label': 'Alternativ för din video',
        onclick: () => (selfMenu.hidden = !selfMenu.hidden),
      },
      icon('more'),
    ),
    selfMenu,
  );
  const mediaError = h('div', { class: 'vc-media-error', role: 'alert', hidden: true });
  const remoteSlot = h(
    'div',
    { class: 'vc-remote-slot' },
    h('div', { class: 'vc-waiting' }, 'Ansluter till mötet …'),
  );
  const participantName = h('div', { class: 'vc-participant-name', hidden: true });
  const shareBanner = h('div', { class: 'vc-share-banner', hidden: true }, 'Du delar din skärm');
  const chatPanel = h(
    'aside',
    { class: 'vc-call-panel vc-call-chat', 'aria-label': 'Chatt', hidden: true },
    h('h2', null, 'Chatt'),
    h('p', { class: 'vc-muted' }, 'Inga meddelanden i samtalet ännu.'),
  );
  const cameraSelect = h('select', { id: 'vc-camera-select' });
  const micSelect = h('select', { id: 'vc-mic-select' });
  const settingsPanel = h(
    'aside',
    { class: 'vc-call-panel vc-call-settings', 'aria-label': 'Inställningar', hidden: true },
    h('h2', null, 'Inställningar'),
    h('label', { for: 'vc-camera-select' }, 'Kamera'),
    cameraSelect,
    h('label', { for: 'vc-mic-select' }, 'Mikrofon'),
    micSelect,
  );

  const cameraButton = controlButton(
    'vc-camera-toggle',
    'Kamera av',
    'camera',
    () => {
      const track = local?.getVideoTracks()[0];
      if (!track) return;
      track.enabled = !track.enabled;
      cameraButton.setAttribute('aria-pressed', String(!track.enabled));
      cameraButton.setAttribute('aria-label', track.enabled ? 'Kamera av' : 'Kamera på');
      cameraButton.querySelector('.vc-control-label')!.textContent = track.enabled
        ? 'Kamera av'
        : 'Kamera på';
      selfInitials.hidden = track.enabled;
    },
    false,
  );
  const micButton = controlButton(
    'vc-mic-toggle',
    'Mikrofon av',
    'mic',
    () => {
      const track = local?.getAudioTracks()[0];
      if (!track) return;
      track.enabled = !track.enabled;
      micButton.setAttribute('aria-pressed', String(!track.enabled));
      micButton.setAttribute('aria-label', track.enabled ? 'Mikrofon av' : 'Mikrofon på');
      micButton.querySelector('.vc-control-label')!.textContent = track.enabled
        ? 'Mikrofon av'
        : 'Mikrofon på';
    },
    false,
  );

  const controls = h(
    'div',
    { class: 'vc-call-controls', role: 'toolbar', 'aria-label': 'Samtalskontroller' },
    controlButton('vc-chat-toggle', 'Chatt', 'chat', () => {
      chatPanel.hidden = !chatPanel.hidden;
      settingsPanel.hidden = true;
    }),
    controlButton('vc-settings-toggle', 'Inställningar', 'settings', () => {
      settingsPanel.hidden = !settingsPanel.hidden;
      chatPanel.hidden = true;
      void listDevices();
    }),
    cameraButton,
    micButton,
    controlButton('vc-share-screen', 'Dela skärm', 'share', () => void toggleShare()),
    controlButton('vc-fullscreen', 'Helskärm', 'fullscreen', () => void toggleFullscreen()),
    controlButton('vc-end-call', 'Avsluta samtal', 'hangup', () => end()),
  );

  const element = h(
    'div',
    { class: 'vc-call', 'data-meeting-id': id },
    controls,
    h('div', { class: 'vc-stage' }, remoteSlot, participantName, selfBox, shareBanner, mediaError),
    chatPanel,
    settingsPanel,
  );

  function showError(text: string): void {
    mediaError.textContent = text;
    mediaError.hidden = false;
  }

  async function startCamera(
    constraints: { videoDeviceId?: string; audioDeviceId?: string } = {},
  ): Promise<void> {
    if (!navigator.mediaDevices?.getUserMedia) {
      showError('Webbläsaren kan inte använda kameran på den här sidan.');
      return;
    }
    const video: MediaTrackConstraints = {
      width: 640,
      height: 480,
      ...(constraints.videoDeviceId ? { deviceId: { exact: constraints.videoDeviceId } } : {}),
    };
    const audio: MediaTrackConstraints | boolean = constraints.audioDeviceId
      ? { deviceId: { exact: constraints.audioDeviceId } }
      : true;
    let stream: MediaStream | undefined;
    let failure: unknown;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video, audio });
    } catch (error) {
      failure = error;
      // No microphone is no reason to go without a picture.
      stream = await navigator.mediaDevices.getUserMedia({ video }).catch(() => undefined);
    }
    if (ended) {
      stream?.getTracks().forEach((track) => track.stop());
      return;
    }
    if (!stream) {
      const name = failure instanceof DOMException ? failure.name : '';
      showError(
        `Kameran kunde inte startas. ${CAMERA_ERRORS[name] ?? 'Försök igen eller kontakta support.'}`,
      );
      selfInitials.hidden = false;
      return;
    }
    local?.getTracks().forEach((track) => track.stop());
    local = stream;
    mediaError.hidden = true;
    selfVideo.srcObject = stream;
    void selfVideo.play().catch(() => undefined);
  }

  async function listDevices(): Promise<void> {
    const devices = (await navigator.mediaDevices?.enumerateDevices().catch(() => [])) ?? [];
    const fill = (select: HTMLSelectElement, kind: MediaDeviceKind, current: string | undefined) => {
      select.replaceChildren(
        ...devices
          .filter((d) => d.kind === kind)
          .map((d, i) =>
            h('option', { value: d.deviceId, selected: d.deviceId === current }, d.label || `Enhet ${i + 1}`),
          ),
      );
    };
    fill(cameraSelect, 'videoinput', local?.getVideoTracks()[0]?.getSettings().deviceId);
    fill(micSelect, 'audioinput', local?.getAudioTracks()[0]?.getSettings().deviceId);
  }
  cameraSelect.addEventListener('change', () => void startCamera({ videoDeviceId: cameraSelect.value }));
  micSelect.addEventListener('change', () => void startCamera({ audioDeviceId: micSelect.value }));

  /** The whole call (controls, pictures, panels) fills the screen; the browser's Escape leaves it too. */
  async function toggleFullscreen(): Promise<void> {
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
    else await element.requestFullscreen().catch(() => undefined);
  }

  async function toggleShare(): Promise<void> {
    if (screen) {
      screen.getTracks().forEach((track) => track.stop());
      screen = undefined;
      shareBanner.hidden = true;
      return;
    }
    try {
      screen = await navigator.mediaDevices.getDisplayMedia({ video: true });
      shareBanner.hidden = false;
      screen.getVideoTracks()[0]?.addEventListener('ended', () => {
        screen = undefined;
        shareBanner.hidden = true;
      });
    } catch {
      showError('Skärmdelningen kunde inte starta.');
    }
  }

  function joinRemote(meeting: Meeting): void {
    if (ended) return;
    remote = remoteStream();
    const remoteVideo = h('video', {
      class: 'vc-remote-video',
      autoplay: true,
      muted: true,
      playsinline: true,
      'aria-label': `Video från ${meeting.patientName}`,
    });
    remoteVideo.muted = true;
    remoteVideo.srcObject = remote.stream;
    void remoteVideo.play().catch(() => undefined);
    remoteSlot.replaceChildren(remoteVideo);
    participantName.replaceChildren(
      h('span', { class: 'vc-participant-initials', 'aria-hidden': 'true' }, initials(meeting.patientName)),
      h(
        'span',
        { class: 'vc-participant-label', title: 'Mobilnummer: 070-000 00 00 (testnummer)' },
        meeting.patientName,
      ),
      h(
        'span',
        { class: 'vc-participant-mic', 'aria-label': 'Mikrofonen är på', title: 'Mikrofonen är på' },
        icon('mic'),
      ),
    );
    participantName.hidden = false;
  }

  function stopAll(): void {
    ended = true;
    local?.getTracks().forEach((track) => track.stop());
    screen?.getTracks().forEach((track) => track.stop());
    remote?.stop();
    selfVideo.srcObject = null;
    local = undefined;
    screen = undefined;
  }

  function end(): void {
    stopAll();
    context.navigate('/kalender', { flash: 'Samtalet har avslutats' });
  }

  void startCamera();
  void api
    .meeting(id)
    .then(joinRemote)
    .catch(() => {
      remoteSlot.replaceChildren(h('div', { class: 'vc-waiting' }, 'Mötet hittades inte.'));
    });

  return { element, title: 'Videomöte', fullWindow: true, destroy: stopAll };
}
