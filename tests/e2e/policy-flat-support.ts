/**
 * The policy the flat-key end-to-end tests write: a sample of keys of every type (text, true/false, integer,
 * decimal, list, JSON text, map) from every part of the policy (profile, checks, camera, portals), each with a
 * value the extension takes, and one wrong value of the type Chromium refuses for each.
 */
export interface SampleKey {
  key: string;
  good: unknown;
  /** Of a type the managed schema refuses: Chromium drops it. */
  wrong: unknown;
}

export const SAMPLE: readonly SampleKey[] = [
  { key: 'profile.hospital', good: 'Södra Älvsborgs Sjukhus', wrong: 42 },
  { key: 'checks.signature.enabled', good: false, wrong: 'nej' },
  { key: 'checks.deadlines.workingDays', good: 3, wrong: '3' },
  { key: 'checks.callOverlay.framesPerSecond', good: 1.5, wrong: 'snabbt' },
  { key: 'checks.deadlines.closedDays', good: ['2026-12-28'], wrong: '2026-12-28' },
  { key: 'portals.sob.selectors.messageRow', good: ['li.sob-message'], wrong: [7] },
  {
    key: 'checks.checklist.routines',
    good: JSON.stringify([{ text: 'Enhetens rutin', url: 'https://intra.example/rutin' }]),
    wrong: [{ text: 'Enhetens rutin', url: 'https://intra.example/rutin' }],
  },
  { key: 'checks.checklist.items.reword', good: { headset: 'Headset laddat' }, wrong: { headset: 5 } },
  { key: 'checks.camera.thresholds.lighting.maxBacklight', good: 0.4, wrong: true },
  { key: 'portals.vardochhalsa.enabled', good: true, wrong: 1 },
];

/** The sample policy with `wrongKey` (if any) given its wrong value; every key listed as expected. */
export function samplePolicy(wrongKey?: string): Record<string, unknown> {
  const policy: Record<string, unknown> = Object.fromEntries(
    SAMPLE.map(({ key, good, wrong }) => [key, key === wrongKey ? wrong : good]),
  );
  policy['policy.expectedKeys'] = SAMPLE.map(({ key }) => key);
  return policy;
}

/** Values that reach the extension (right type) but that it refuses, each with the reason shown in Swedish. */
export const CONTENT_CASES = [
  {
    key: 'checks.signature.templates.default',
    value: 'Hälsningar\n{name}\n{titel}',
    says: 'okända fält i mallen: {titel}',
  },
  { key: 'checks.signature.templates.1177', value: 'x'.repeat(1_000_000), says: 'högst 1000 tecken' },
  { key: 'profile.unit', value: 'å'.repeat(1_000_000), says: 'högst 1000 tecken' },
  {
    key: 'portals.1177.selectors.messageRow',
    value: Array.from({ length: 10_000 }, (_, index) => `li.rad-${index}`),
    says: 'högst 200 poster',
  },
  {
    key: 'checks.checklist.items.remove',
    value: Array.from({ length: 10_000 }, (_, index) => `punkt-${index}`),
    says: 'högst 200 poster',
  },
  { key: 'checks.checklist.items.add', value: '[{"id": "trasig"', says: 'inte giltig JSON-text' },
] as const;
