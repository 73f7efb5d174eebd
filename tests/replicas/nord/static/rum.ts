/**
 * The video room: the clinician's own camera in a small picture (no class a built-in selector knows), the remote
 * party as a canvas stream, controls at the top. "Lämna mötet" stops the camera.
 */
const status = document.querySelector<HTMLElement>('.status_q');

function remotePicture(): void {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 180;
  const context = canvas.getContext('2d');
  let hue = 0;
  setInterval(() => {
    hue = (hue + 3) % 360;
    if (context) {
      context.fillStyle = `hsl(${hue} 40% 40%)`;
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
  }, 100);
  const remote = document.querySelector<HTMLVideoElement>('video.v_them');
  if (remote) remote.srcObject = canvas.captureStream(10);
}

async function join(): Promise<void> {
  remotePicture();
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
    const own = document.createElement('video');
    own.className = 'pip_77';
    own.muted = true;
    own.autoplay = true;
    own.playsInline = true;
    own.srcObject = stream;
    document.querySelector('.stage_1')?.append(own);
    if (status) status.textContent = 'I möte';
  } catch (error) {
    if (status) status.textContent = `Kameran kunde inte startas (${(error as Error).name})`;
  }
}

document.querySelector('button[data-action="lamna"]')?.addEventListener('click', () => {
  const own = document.querySelector<HTMLVideoElement>('video.pip_77');
  if (own?.srcObject instanceof MediaStream) for (const track of own.srcObject.getTracks()) track.stop();
  own?.remove();
  if (status) status.textContent = 'Mötet är slut';
});

void join();
