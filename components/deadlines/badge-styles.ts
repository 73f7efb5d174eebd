/**
 * The badge's own styles, inside its shadow root: the portal's CSS cannot reach in, and ours cannot leak out.
 * Colour is never the only sign: the words say "kvar" / "Försenat" / "Kontrollera datum", and each level has its
 * own shape (symbol and border). Two short lines (time left, then the due day) keep it narrow enough for a list's
 * date column.
 *
 * In a table cell the badge is a block under the time with its inline size contained: it takes the column's width
 * and wraps, instead of widening the column. A wider column makes the browser lay out every row of the table again
 * (seconds, in a list of thousands); a taller row only moves the rows below it.
 */
export const BADGE_CSS = `
:host { display: inline-block; margin-inline-start: 0.5em; vertical-align: middle; }
:host([data-vmk-deadlines-in-cell]) { display: block; contain: inline-size; margin: 0.2em 0 0; }
.badge {
  display: inline-block; max-width: 100%; box-sizing: border-box;
  padding: 0.1em 0.55em; border: 1px solid; border-radius: 0.6em;
  font: 600 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
  /* A list cell's nowrap is inherited through the shadow root: wrap inside the badge instead of spilling out. */
  white-space: normal; overflow-wrap: anywhere;
}
.badge::before { font-size: 0.85em; margin-inline-end: 0.35em; }
/* Read aloud between the two lines; not shown. */
.separator { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.detail { display: block; font-weight: 400; }
.detail:empty { display: none; }
.green { background: #e7f5ec; color: #10461f; border-color: #2f7d46; }
.green::before { content: "●" / ""; }
.amber { background: #fff3d1; color: #5c3a00; border-color: #a86500; }
.amber::before { content: "▲" / ""; }
.red { background: #fde7e7; color: #7f1010; border-color: #b42318; }
.red::before { content: "■" / ""; }
.unreadable { background: #f1f1f1; color: #333; border-color: #666; border-style: dashed; font-weight: 400; }
.unreadable::before { content: "?" / ""; }
/* Read, but ahead of the computer's clock: neither a countdown nor unreadable; a clock face, dotted. */
.untrusted { background: #eef1fb; color: #1f2d5c; border-color: #3b4f99; border-style: dotted; font-weight: 400; }
.untrusted::before { content: "◷" / ""; }
@media (forced-colors: active) { .badge { border-color: CanvasText; } }
`;
