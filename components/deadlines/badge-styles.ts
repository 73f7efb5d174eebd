/**
 * The badge's own styles, inside its shadow root: the portal's CSS cannot reach in, and ours cannot leak out.
 * Colour is never the only sign: the words say "kvar" / "Försenat", and each level has its own shape.
 */
export const BADGE_CSS = `
:host { display: inline-block; margin-inline-start: 0.5em; vertical-align: middle; }
.badge {
  display: inline-block; max-width: 24em; overflow: hidden; text-overflow: ellipsis;
  padding: 0.05em 0.5em; border: 1px solid; border-radius: 0.8em;
  font: 600 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; white-space: nowrap;
}
.badge::before { font-size: 0.85em; margin-inline-end: 0.35em; }
.detail { font-weight: 400; }
.green { background: #e7f5ec; color: #10461f; border-color: #2f7d46; }
.green::before { content: "●" / ""; }
.amber { background: #fff3d1; color: #5c3a00; border-color: #a86500; }
.amber::before { content: "▲" / ""; }
.red { background: #fde7e7; color: #7f1010; border-color: #b42318; }
.red::before { content: "■" / ""; }
.unreadable { background: #f1f1f1; color: #333; border-color: #666; border-style: dashed; font-weight: 400; }
.unreadable::before { content: "?" / ""; }
@media (forced-colors: active) { .badge { border-color: CanvasText; } }
`;
