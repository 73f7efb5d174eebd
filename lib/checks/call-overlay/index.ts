import { defineCheck } from '../types';
import { startCallOverlay } from './controller';
import { createFrameGrabber } from './sampler';
import { overlayStats } from './stats';

/**
 * In-call camera overlay: on a portal's video meeting page, a status chip beside the clinician's own picture tells
 * whether framing, light and background follow the guideline, from the same on-device analyzer as the camera
 * test. It also tells the background when the call starts and ends. See README.md.
 */
export const callOverlayCheck = defineCheck({
  id: 'callOverlay',
  portals: 'all',
  pages: ['video'],
  start(context) {
    startCallOverlay(context);
  },
});

// The sampler's own counters, and its way of grabbing frames, for the benchmark (scripts/bench-call.ts) and the
// end-to-end tests. These globals live in the extension's isolated world: the host page cannot see them.
Object.assign(globalThis, { vmkCallOverlayStats: overlayStats, vmkCallOverlayGrabber: createFrameGrabber });
