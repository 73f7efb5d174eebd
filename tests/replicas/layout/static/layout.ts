/**
 * On a meeting page (/mote/<id>): a call with the computer's camera (the fake one in tests). "Avsluta samtal" stops
 * the camera and takes the call's controls away; "Nästa samtal" starts a new call with a new camera track.
 */
const callSlots = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('.slot--call, .slot--end')];

async function startCall(): Promise<void> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
  const video = document.createElement('video');
  video.className = 'vc-self-view';
  video.muted = true;
  video.autoplay = true;
  video.playsInline = true;
  video.srcObject = stream;
  document.body.append(video);
  for (const slot of callSlots()) slot.hidden = false;
  document.querySelector('.next-call')?.remove();
  document.body.dataset.call = 'on';
}

function endCall(): void {
  const video = document.querySelector<HTMLVideoElement>('.vc-self-view');
  if (video?.srcObject instanceof MediaStream) for (const track of video.srcObject.getTracks()) track.stop();
  video?.remove();
  for (const slot of callSlots()) slot.hidden = true;
  const next = document.createElement('button');
  next.type = 'button';
  next.className = 'next-call';
  next.textContent = 'Nästa samtal';
  next.addEventListener('click', () => void startCall());
  document.body.append(next);
  document.body.dataset.call = 'ended';
}

if (document.body.dataset.video === 'yes') {
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.vc-end-call')) endCall();
  });
  void startCall();
}
