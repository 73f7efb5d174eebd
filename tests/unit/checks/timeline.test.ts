import { describe, expect, it } from 'vitest';
import { timed } from '@/lib/timeline';

// What DevTools and `npm run bench` read: the extension's own work on the page's performance timeline.
describe('the extension’s work on the performance timeline', () => {
  it('leaves the latest look of a watcher as one measure and hands back what the look found', () => {
    performance.clearMeasures('vmk-test:look');
    expect(timed('vmk-test:look', () => 'video')).toBe('video');
    expect(timed('vmk-test:look', () => 'inbox')).toBe('inbox');
    const measures = performance.getEntriesByName('vmk-test:look', 'measure');
    expect(measures).toHaveLength(1);
    expect(measures[0]!.duration).toBeGreaterThanOrEqual(0);
  });

  it('a look that fails still leaves its measure, and the failure reaches the caller', () => {
    performance.clearMeasures('vmk-test:broken');
    expect(() =>
      timed('vmk-test:broken', () => {
        throw new Error('bad selector');
      }),
    ).toThrow('bad selector');
    expect(performance.getEntriesByName('vmk-test:broken', 'measure')).toHaveLength(1);
  });
});
