/** The replicas' date texts, which the extension's readers are tested against. */
import { describe, expect, it } from 'vitest';
import { formatDatetimeAttribute, formatDayMonth, formatIsoMinute, formatLong } from '../../replicas/time';
import { formatRelative } from '../../replicas/vardochhalsa/static/relative-time';

const NOW = new Date('2026-11-25T15:00:00+01:00'); // a Wednesday

describe('absolute formats (1177, SoB)', () => {
  it('print Swedish local time in winter and summer', () => {
    const winter = new Date('2026-11-25T13:32:00Z');
    expect(formatIsoMinute(winter)).toBe('2026-11-25 14:32');
    expect(formatLong(winter)).toBe('25 nov 2026 14:32');
    expect(formatDayMonth(winter)).toBe('25/11 14:32');
    expect(formatDatetimeAttribute(winter)).toBe('2026-11-25T14:32:00+01:00');
    expect(formatDatetimeAttribute(new Date('2026-06-03T06:05:00Z'))).toBe('2026-06-03T08:05:00+02:00');
  });
});

describe('relative formats (Vård och hälsa)', () => {
  const at = (iso: string) => formatRelative(new Date(iso), NOW);

  it('name the day as a clinician would read it', () => {
    expect(at('2026-11-25T09:14:00+01:00')).toBe('idag 09:14');
    expect(at('2026-11-25T14:59:30+01:00')).toBe('idag 14:59');
    expect(at('2026-11-24T16:40:00+01:00')).toBe('igår 16:40');
    expect(at('2026-11-23T11:05:00+01:00')).toBe('i förrgår 11:05');
    expect(at('2026-11-23T00:00:00+01:00')).toBe('i förrgår 00:00');
    expect(at('2026-11-22T10:00:00+01:00')).toBe('sön 10:00');
    expect(at('2026-11-19T14:02:00+01:00')).toBe('tors 14:02');
    expect(at('2026-11-18T23:59:00+01:00')).toBe('18 nov');
    expect(at('2026-11-12T08:00:00+01:00')).toBe('12 nov');
    expect(at('2025-12-30T08:00:00+01:00')).toBe('30 dec 2025');
    expect(at('2026-11-26T09:00:00+01:00')).toBe('imorgon 09:00');
  });

  it('counts days in Swedish time, not UTC', () => {
    // 23:30 UTC on the 24th is 00:30 on the 25th in Stockholm.
    expect(at('2026-11-24T23:30:00Z')).toBe('idag 00:30');
  });
});
