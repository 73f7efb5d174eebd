import type { BuiltInPortal } from '../types';

/**
 * Vård och hälsa (Västra Götalandsregionen), described from Visiba Care's clinician help: a single-page app with a
 * messages inbox ("Mina meddelanden" / "Delad inkorg"), conversations with a reply editor, and video meetings.
 *
 * Whether VGR's Vård och hälsa runs on Visiba is not confirmed publicly, and the Swedish labels, markup and time
 * formats are unknown. The selectors match the project's replica (tests/replicas/vardochhalsa, see its
 * PROVENANCE.md); IT adjusts them by policy (`portals.vardochhalsa`).
 */
export const portalVardochhalsa: BuiltInPortal = {
  id: 'vardochhalsa',
  name: 'Vård och hälsa',
  urlPatterns: [
    // Assumed real hosts: vardochhalsa.vgregion.se is the public address of the service; the clinicians' app is
    // assumed to live on it or on a subdomain of it (not confirmed).
    'https://vardochhalsa.vgregion.se/*',
    'https://*.vardochhalsa.vgregion.se/*',
    // The local replica (match patterns ignore ports), and the layout test page laid out like no real portal.
    'http://vardochhalsa.localhost/*',
    'http://layout.vardochhalsa.localhost/*',
  ],
  pages: {
    inbox: { paths: ['^/meddelanden/?$'] },
    case: { paths: ['^/meddelanden/[\\w-]+/?$'] },
    video: { paths: ['^/mote/[\\w-]+/?$'] },
  },
  selectors: {
    // Rows load late (the list is fetched after the page) and are updated in place on live changes.
    // replica markup, seen 2026-11-25
    messageRow: ['li.vc-conversation-item'],
    // Relative text only: "idag 09:14", "igår 16:40", "i förrgår 11:05", "mån 14:02", "12 nov", "12 nov 2025".
    // In the conversation view: the header's "Inkom …", the latest message from the patient.
    // replica markup, seen 2026-11-25
    messageArrival: ['.vc-received-at'],
    // replica markup, seen 2026-11-25
    messageStatus: ['.vc-status-badge'],
    // replica markup, seen 2026-11-25
    messageLink: ['a.vc-conversation-link'],
    // replica markup, seen 2026-11-25
    caseView: ['section.vc-conversation'],
    // A contenteditable rich-text editor (Enter makes a new line). Only present once the case is picked up.
    // replica markup, seen 2026-11-25
    replyField: [
      'div.vc-editor[contenteditable="true"]',
      '.vc-composer [contenteditable="true"][role="textbox"]',
    ],
    // The arrow button at the lower right. replica markup, seen 2026-11-25
    sendButton: ['button.vc-send-button', '.vc-composer button[aria-label="Skicka"]'],
    // Own camera picture, lower-left corner, mirrored with CSS. replica markup, seen 2026-11-25
    selfView: ['video.vc-self-view'],
    // The patient, the large picture; appears when the meeting data has loaded. replica markup, seen 2026-11-25
    remoteVideo: ['video.vc-remote-video'],
    // At the top of the room (Visiba's current layout). replica markup, seen 2026-11-25
    callControls: ['.vc-call-controls[role="toolbar"]', '.vc-call-controls'],
    // replica markup, seen 2026-11-25
    endCallButton: ['button.vc-end-call', '.vc-call-controls button[aria-label="Avsluta samtal"]'],
    // Under the patient's name in the conversation header; loads late, with the conversation. Visiba shows the
    // personal number on hover in the video room; where the conversation shows it is not public.
    // replica markup, seen 2026-12-06
    patientIdentity: ['section.vc-conversation .vc-conversation-header .vc-personal-number'],
    // A mark beside the number, hidden when the patient has none. replica markup, seen 2026-12-06
    protectedIdentity: [
      'section.vc-conversation .vc-conversation-header .vc-protected-identity:not([hidden])',
    ],
  },
  statusWords: { open: ['obesvarad'], answered: ['besvarad'], closed: ['avslutad'] },
  messageKey: { from: 'link' },
};
