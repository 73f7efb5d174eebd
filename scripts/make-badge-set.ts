/**
 * Makes the labelled name-badge set (tests/fixtures/media/badge/): name badges of several sizes, colours and
 * positions, and things that are not badges (lanyards, pens, logos, striped and checked shirts), drawn onto the
 * committed 640×480 camera test pictures (tests/fixtures/media/derived/). Writes labels.json and LABELS.md.
 * Deterministic: fixed seeds, no clock. Needs ffmpeg (installed by scripts/setup-machine.sh) to read and write JPEG;
 * the drawing is done here on raw RGB pixels. Run: `node scripts/make-badge-set.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const media = join(root, 'tests', 'fixtures', 'media');
const out = join(media, 'badge');
const W = 640;
const H = 480;

type Rgb = readonly [number, number, number];

function readFrame(file: string): Uint8Array {
  const raw = execFileSync(
    'ffmpeg',
    ['-loglevel', 'error', '-i', file, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    {
      maxBuffer: W * H * 3 + 1024,
    },
  );
  if (raw.length !== W * H * 3) throw new Error(`${file}: expected a 640×480 picture`);
  return new Uint8Array(raw);
}

function writeFrame(pixels: Uint8Array, file: string): void {
  execFileSync(
    'ffmpeg',
    ['-loglevel', 'error', '-y', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${W}x${H}`, '-i', '-'].concat([
      '-fflags',
      '+bitexact',
      '-flags:v',
      '+bitexact',
      '-pix_fmt',
      'yuvj420p',
      '-q:v',
      '3',
      file,
    ]),
    { input: pixels },
  );
}

/** A small deterministic generator (LCG), as in derive.ts. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function fill(p: Uint8Array, x0: number, y0: number, x1: number, y1: number, c: Rgb, radius = 0): void {
  const [left, top, right, bottom] = [x0, y0, x1, y1].map(Math.round) as [number, number, number, number];
  for (let y = Math.max(0, top); y < Math.min(H, bottom); y++) {
    for (let x = Math.max(0, left); x < Math.min(W, right); x++) {
      if (radius > 0) {
        const dx = Math.max(left + radius - x, x - (right - 1 - radius), 0);
        const dy = Math.max(top + radius - y, y - (bottom - 1 - radius), 0);
        if (dx * dx + dy * dy > radius * radius) continue;
      }
      const i = (y * W + x) * 3;
      [p[i], p[i + 1], p[i + 2]] = c;
    }
  }
}

/** Mean colour of a rectangle: for painting over something in its surroundings' colour. */
function meanColour(p: Uint8Array, x0: number, y0: number, x1: number, y1: number): Rgb {
  const sum = [0, 0, 0];
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * W + x) * 3;
      for (let k = 0; k < 3; k++) sum[k] = (sum[k] ?? 0) + (p[i + k] ?? 0);
      n++;
    }
  return sum.map((s) => Math.round(s / n)) as unknown as Rgb;
}

/** A line of text-like glyphs: each a few strokes, letter-sized, with word gaps (no font needed). */
function textLine(
  p: Uint8Array,
  x0: number,
  x1: number,
  y: number,
  size: number,
  c: Rgb,
  next: () => number,
) {
  const stroke = Math.max(1, Math.round(size / 5));
  let x = x0;
  while (x + size * 0.6 < x1) {
    const w = Math.round(size * (0.45 + next() * 0.3));
    fill(p, x, y, x + stroke, y + size, c);
    if (next() < 0.7) fill(p, x + w - stroke, y + (next() < 0.5 ? 0 : size / 2), x + w, y + size, c);
    if (next() < 0.6) fill(p, x, y, x + w, y + stroke, c);
    if (next() < 0.5) fill(p, x, y + size - stroke, x + w, y + size, c);
    if (next() < 0.4) fill(p, x, y + size / 2 - stroke / 2, x + w, y + size / 2 + stroke / 2, c);
    x += w + Math.round(size * 0.25) + (next() < 0.18 ? size * 0.6 : 0);
  }
}

interface Badge {
  /** Centre in the frame of the base picture, before the base's shift. */
  cx: number;
  cy: number;
  /** Width in face heights (the face detector's box; a 8.5 × 5.5 cm card is about 0.6 of one). */
  size: number;
  colour: Rgb;
  ink: Rgb;
  /** A thin coloured band at the top (a region's logo colour). */
  band?: Rgb;
  /** Hangs on a lanyard from the neck. */
  lanyard?: Rgb;
}

function drawBadge(p: Uint8Array, b: Badge, faceHeight: number, seed: number): void {
  const next = random(seed);
  const w = Math.round(b.size * faceHeight);
  const h = Math.round(w * 0.62);
  const [x0, y0] = [Math.round(b.cx - w / 2), Math.round(b.cy - h / 2)];
  if (b.lanyard) fill(p, b.cx - 4, b.cy - 170, b.cx + 4, y0, b.lanyard);
  fill(p, x0 - 1, y0 - 1, x0 + w + 1, y0 + h + 1, [150, 150, 150], 3);
  fill(p, x0, y0, x0 + w, y0 + h, b.colour, 3);
  let top = y0 + Math.round(h * 0.12);
  if (b.band) {
    fill(p, x0, y0, x0 + w, y0 + Math.round(h * 0.2), b.band, 3);
    top = y0 + Math.round(h * 0.28);
  }
  const pad = Math.round(w * 0.1);
  const name = Math.max(4, Math.round(h * 0.2));
  const title = Math.max(3, Math.round(h * 0.14));
  textLine(p, x0 + pad, x0 + w - pad, top, name, b.ink, next);
  textLine(p, x0 + pad, x0 + w - pad * 2, top + name + Math.round(h * 0.1), title, b.ink, next);
  if (!b.band)
    textLine(p, x0 + pad, x0 + w - pad * 3, top + name + title + Math.round(h * 0.18), title, b.ink, next);
}

// --- Bases: the committed pictures, with each person's face height and free places on the chest ----------------

interface Base {
  file: string;
  person: 'astronaut' | 'grace';
  /** Horizontal shift of the person against the centred picture (derive.ts placements). */
  dx: number;
}

const BASES: Base[] = [
  { file: 'astronaut-wall-ok.jpg', person: 'astronaut', dx: 0 },
  { file: 'astronaut-shelf-cluttered.jpg', person: 'astronaut', dx: 0 },
  { file: 'astronaut-wall-left.jpg', person: 'astronaut', dx: -192 },
  { file: 'grace-wall-ok.jpg', person: 'grace', dx: 0 },
  { file: 'grace-shelf-cluttered.jpg', person: 'grace', dx: 0 },
  { file: 'grace-wall-left.jpg', person: 'grace', dx: -180 },
];

/** Per person (centred): face height, chest places for a badge, the chest's extent for shirts and lanyards. */
const PEOPLE = {
  astronaut: {
    faceHeight: 103,
    places: [
      { cx: 240, cy: 292, where: 'left chest (as seen)' },
      { cx: 405, cy: 300, where: 'right chest (as seen)' },
      { cx: 250, cy: 318, where: 'lower left chest' },
    ],
    neck: { x: 320, y: 268 },
    shirt: { x0: 150, y0: 262, x1: 330, y1: 358 },
    pocket: { x: 405, y: 262 },
    logo: { x: 412, y: 312 },
    // The suit's own name patch (dark blue, embroidered): not a light card; painted over in every frame.
    ownTag: { x0: 370, y0: 350, x1: 424, y1: 392 },
    ownTagIsBadge: false,
  },
  grace: {
    faceHeight: 140,
    places: [
      { cx: 210, cy: 404, where: 'left chest, over her own name tag' },
      { cx: 425, cy: 350, where: 'right chest (as seen)' },
      { cx: 206, cy: 352, where: 'upper left chest' },
    ],
    neck: { x: 320, y: 300 },
    shirt: { x0: 150, y0: 320, x1: 290, y1: 450 },
    pocket: { x: 215, y: 330 },
    logo: { x: 420, y: 345 },
    // Her uniform's own name tag (light grey, with "COMO HOPPER"): a real badge, painted over in the no-badge frames.
    ownTag: { x0: 181, y0: 388, x1: 254, y1: 420 },
    ownTagIsBadge: true,
  },
} as const;

const COLOURS: { name: string; colour: Rgb; ink: Rgb; band?: Rgb }[] = [
  { name: 'white', colour: [244, 244, 241], ink: [30, 34, 48] },
  { name: 'pale-yellow', colour: [243, 236, 196], ink: [40, 36, 30] },
  { name: 'pale-blue', colour: [221, 232, 242], ink: [20, 40, 90] },
  { name: 'white-band', colour: [240, 240, 236], ink: [25, 25, 25], band: [0, 94, 160] },
  { name: 'light-grey', colour: [214, 214, 210], ink: [10, 10, 10] },
];
const SIZES = [
  { name: 'small', size: 0.45 },
  { name: 'medium', size: 0.62 },
  { name: 'large', size: 0.8 },
];

export interface BadgeCase {
  file: string;
  from: string;
  badge: 'yes' | 'no';
  what: string;
}

function shirt(
  p: Uint8Array,
  box: { x0: number; y0: number; x1: number; y1: number },
  dx: number,
  kind: string,
) {
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0 + dx; x < box.x1 + dx; x++) {
      const [u, v] = [x - box.x0 - dx, y - box.y0];
      const light: Rgb = kind === 'stripes' ? [236, 240, 246] : [238, 236, 230];
      const dark: Rgb = kind === 'stripes' ? [70, 100, 170] : [150, 40, 40];
      const on =
        kind === 'stripes' ? u % 10 < 3 : (Math.floor(u / 12) + Math.floor(v / 12)) % 2 === 0 || u % 12 < 2;
      fill(p, x, y, x + 1, y + 1, on ? dark : light);
    }
}

function main(): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const cases: BadgeCase[] = [];
  let seed = 1;
  BASES.forEach((base, b) => {
    const person = PEOPLE[base.person];
    const source = readFrame(join(media, 'derived', base.file));
    const stem = base.file.replace(/\.jpg$/, '');
    const save = (pixels: Uint8Array, name: string, badge: 'yes' | 'no', what: string) => {
      const file = `${stem}--${name}.jpg`;
      writeFrame(pixels, join(out, file));
      cases.push({ file, from: `derived/${base.file}`, badge, what });
    };
    /** The picture without any badge: the person's own name tag, if any, painted over. */
    const bare = () => {
      const p = source.slice();
      const tag = person.ownTag;
      if (tag) {
        const around = meanColour(p, tag.x0 + base.dx, tag.y0 - 12, tag.x1 + base.dx, tag.y0 - 4);
        fill(p, tag.x0 + base.dx - 2, tag.y0 - 2, tag.x1 + base.dx + 2, tag.y1 + 2, around);
      }
      return p;
    };

    // Badges: every size, colours and places varied across the pictures.
    for (let k = 0; k < 6; k++) {
      const size = SIZES[k % 3]!;
      const colour = COLOURS[(k + b) % COLOURS.length]!;
      const place = person.places[(k + b + Math.floor(k / 3)) % person.places.length]!;
      const lanyard = k === 5 ? ([40, 70, 150] as Rgb) : undefined;
      const p = bare();
      drawBadge(
        p,
        { ...colour, ...place, cx: place.cx + base.dx, size: size.size, lanyard },
        person.faceHeight,
        seed++,
      );
      const how = `${size.name} ${colour.name} badge on the ${place.where}${lanyard ? ', on a blue lanyard' : ''}`;
      save(p, `badge-${size.name}-${colour.name}${lanyard ? '-lanyard' : ''}`, 'yes', how);
    }
    if (person.ownTagIsBadge)
      save(source.slice(), 'own-tag', 'yes', 'the uniform’s own light name tag, as photographed');

    // Not badges.
    save(bare(), 'none', 'no', 'no badge');
    const { neck, pocket, logo, shirt: box } = person;
    for (const [name, colour] of [
      ['blue', [40, 70, 150]],
      ['white', [235, 235, 232]],
    ] as const) {
      const p = bare();
      fill(p, neck.x + base.dx - 5, neck.y, neck.x + base.dx + 5, H, colour);
      save(p, `lanyard-${name}`, 'no', `a ${name} lanyard without a card, from the neck down`);
    }
    {
      const p = bare();
      fill(p, pocket.x + base.dx - 3, pocket.y, pocket.x + base.dx + 3, pocket.y + 44, [228, 228, 226], 2);
      fill(p, pocket.x + base.dx - 1, pocket.y + 2, pocket.x + base.dx + 1, pocket.y + 26, [60, 60, 60]);
      save(p, 'pen', 'no', 'a white pen with a dark clip in the breast pocket');
    }
    {
      const p = bare();
      const r = 16;
      for (let y = -r; y <= r; y++)
        for (let x = -r; x <= r; x++)
          if (x * x + y * y <= r * r)
            fill(
              p,
              logo.x + base.dx + x,
              logo.y + y,
              logo.x + base.dx + x + 1,
              logo.y + y + 1,
              [200, 30, 45],
            );
      fill(p, logo.x + base.dx - 9, logo.y - 3, logo.x + base.dx + 9, logo.y + 3, [250, 250, 250]);
      save(p, 'logo', 'no', 'an embroidered red round logo with a white bar on the chest');
    }
    for (const kind of ['stripes', 'checks']) {
      const p = bare();
      shirt(p, box, base.dx, kind);
      save(
        p,
        `shirt-${kind}`,
        'no',
        `a ${kind === 'stripes' ? 'blue-and-white striped' : 'red-and-white checked'} shirt front`,
      );
    }
  });

  writeFileSync(join(out, 'labels.json'), `${JSON.stringify(cases, null, 2)}\n`);
  const rows = cases.map((c) => `| ${c.file} | ${c.badge} | ${c.from} | ${c.what} |`);
  writeFileSync(
    join(out, 'LABELS.md'),
    [
      '# Labelled name-badge set',
      '',
      'Made by `scripts/make-badge-set.ts` from the committed pictures in `../derived/` (see `../PROVENANCE.md`): a',
      'name badge (a light card with a name line and title lines, drawn as letter-sized strokes, no font) of three',
      'sizes (0.45, 0.62 and 0.8 face heights wide), five colours, three places on the chest, one on a lanyard; and',
      'frames without a badge: nothing, a lanyard without a card (blue, white), a white pen in the breast pocket, a',
      'round logo, a striped and a checked shirt front. Grace Hopper’s uniform carries a real light name tag: it is',
      'painted over in the uniform’s colour in every frame but `own-tag`. The astronaut’s suit has a dark embroidered',
      'name patch (not a light card): it is painted over in the suit’s colour in every frame. `badge` = the intended answer to "is a name',
      'badge visible?". Written by the script (fixed seeds; ffmpeg 5.1 JPEG, `-q:v 5`).',
      '',
      '| file | badge | from | what |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
  execFileSync(
    join(root, 'node_modules', '.bin', 'prettier'),
    ['--write', join(out, 'labels.json'), join(out, 'LABELS.md')],
    {
      stdio: 'ignore',
    },
  );
  console.log(`made ${readdirSync(out).filter((f) => f.endsWith('.jpg')).length} pictures`);
}

if (process.argv[1] === import.meta.filename) main();
