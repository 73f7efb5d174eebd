import { describe, expect, it } from 'vitest';
import { BadgeHold } from '@/lib/camera/judge/badge-hold';

describe('the held name-badge answer', () => {
  it('shows an answer only once it has held for a second of frames', () => {
    const hold = new BadgeHold(1000);
    expect(hold.update('seen', 0)).toBeNull();
    expect(hold.update('seen', 500)).toBeNull();
    expect(hold.update('seen', 1000)).toBe('seen');
  });

  it('does not claim a badge glimpsed in one frame', () => {
    const hold = new BadgeHold(1000);
    hold.update('unsure', 0);
    expect(hold.update('unsure', 1200)).toBe('unsure');
    expect(hold.update('seen', 1300)).toBe('unsure');
    expect(hold.update('unsure', 1400)).toBe('unsure');
    expect(hold.update('seen', 1500)).toBe('unsure');
    expect(hold.update('seen', 2500)).toBe('seen');
  });

  it('keeps its answer through frames without one, and forgets it on reset', () => {
    const hold = new BadgeHold(1000);
    hold.update('seen', 0);
    hold.update('seen', 1000);
    expect(hold.update(undefined, 1500)).toBe('seen');
    hold.reset();
    expect(hold.update('seen', 2000)).toBeNull();
  });
});
