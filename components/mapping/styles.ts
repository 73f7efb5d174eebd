/** The inspect overlay's styles, inside its shadow root (the portal's CSS never reaches them, nor they the page). */
export const INSPECT_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; font: 14px/1.4 system-ui, sans-serif; color: #1a1a1a; }
.box { position: fixed; border: 2px solid var(--c); background: color-mix(in srgb, var(--c) 8%, transparent); box-sizing: border-box; }
.box > span { position: absolute; left: -2px; top: -1.45em; background: var(--c); color: #fff; font-size: 11px; padding: 0 4px; border-radius: 3px 3px 0 0; white-space: nowrap; }
.box.hover { border-style: dashed; border-width: 3px; --c: #b00060; }
.panel { pointer-events: auto; position: fixed; top: 8px; right: 8px; bottom: 8px; width: 400px; max-width: calc(100vw - 16px); overflow: auto; background: #fff; border: 1px solid #555; border-radius: 8px; box-shadow: 0 4px 24px rgb(0 0 0 / 30%); padding: 12px 14px; }
.panel.left { right: auto; left: 8px; }
h2 { font-size: 17px; margin: 0 0 4px; }
h3 { font-size: 15px; margin: 14px 0 4px; }
p { margin: 4px 0; }
.note { background: #fff4ce; border: 1px solid #8a6d00; padding: 6px 8px; border-radius: 4px; font-size: 13px; }
.picking { background: #e6f0ff; border: 1px solid #0b4ea2; padding: 6px 8px; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 3px 4px; border-bottom: 1px solid #ddd; vertical-align: top; }
code { font: 12px ui-monospace, monospace; word-break: break-all; background: #f3f3f3; padding: 0 2px; }
button { font: inherit; font-size: 13px; padding: 3px 8px; margin: 2px 4px 2px 0; border: 1px solid #0b4ea2; background: #fff; color: #0b4ea2; border-radius: 4px; cursor: pointer; }
button.primary { background: #0b4ea2; color: #fff; }
button:focus-visible, select:focus-visible { outline: 3px solid #b00060; outline-offset: 1px; }
select { font: inherit; font-size: 13px; }
.problem { color: #8b0000; font-weight: 600; }
.ok { color: #1d5e20; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
input { font: inherit; font-size: 13px; }
input:focus-visible { outline: 3px solid #b00060; outline-offset: 1px; }
.head { display: flex; justify-content: space-between; align-items: start; gap: 8px; }
`;

/** One colour per key, for the outlines and their labels (contrast ≥ 4.5:1 with white text). */
export const KEY_COLOURS: Record<string, string> = {
  messageRow: '#0b4ea2',
  messageArrival: '#1d5e20',
  messageStatus: '#8a3b00',
  messageLink: '#5b2a86',
  caseView: '#005a70',
  replyField: '#0b4ea2',
  sendButton: '#8a3b00',
  selfView: '#1d5e20',
  remoteVideo: '#5b2a86',
  callControls: '#005a70',
  endCallButton: '#8b0000',
  signatureSetting: '#0b4ea2',
};
