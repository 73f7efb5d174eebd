import { describe, expect, it } from 'vitest';
import { parseSobAnswerTime } from '../../../lib/portals/sob/index';

describe('parseSobAnswerTime', () => {
  it('reads the program answer time in working days', () => {
    expect(parseSobAnswerTime('Svarstid: 2 vardagar')).toBe(2);
    expect(parseSobAnswerTime('Svarstid: 5 vardagar')).toBe(5);
    expect(parseSobAnswerTime('Svarstid: 1 vardag')).toBe(1);
    expect(parseSobAnswerTime('  svarstid:\u00a010  vardagar ')).toBe(10);
  });

  it('gives nothing for other text', () => {
    expect(parseSobAnswerTime('Svarstid: 0 vardagar')).toBeUndefined();
    expect(parseSobAnswerTime('Svarstid: två vardagar')).toBeUndefined();
    expect(parseSobAnswerTime('Svarstid: 2 dagar')).toBeUndefined();
    expect(parseSobAnswerTime('')).toBeUndefined();
  });
});
