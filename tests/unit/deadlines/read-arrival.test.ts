// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readArrival } from '../../../lib/deadlines/read-arrival';

const NOW = new Date('2026-11-25T14:00:00Z'); // Wed 25 Nov 2026 15:00 in Sweden

function cell(html: string): Element {
  const td = document.createElement('td');
  td.innerHTML = html;
  return td;
}

function read(el: Element) {
  const result = readArrival(el, NOW);
  return result.ok
    ? { at: result.arrival.toISOString(), precision: result.precision, source: result.source }
    : result;
}

describe('readArrival', () => {
  it('prefers a <time datetime> over the text it shows', () => {
    const el = cell('<time datetime="2026-11-24T14:32:00+01:00">idag 09:00</time>');
    expect(read(el)).toEqual({ at: '2026-11-24T13:32:00.000Z', precision: 'minute', source: 'machine' });
  });

  it('reads a datetime attribute on the element itself', () => {
    const el = document.createElement('time');
    el.setAttribute('datetime', '2026-11-23T08:05:00Z');
    el.textContent = 'mån';
    expect(read(el)).toMatchObject({ at: '2026-11-23T08:05:00.000Z', source: 'machine' });
  });

  it('counts a local datetime (no offset, as HTML allows) as machine-readable Swedish time', () => {
    expect(read(cell('<time datetime="2026-11-24 14:32">igår</time>'))).toEqual({
      at: '2026-11-24T13:32:00.000Z',
      precision: 'minute',
      source: 'machine',
    });
    expect(read(cell('<time datetime="2026-11-24">igår</time>'))).toMatchObject({
      precision: 'day',
      source: 'machine',
    });
  });

  it('uses a title holding the full time when the text shows only the day', () => {
    const el = cell('<span title="2026-11-24 14:32">igår</span>');
    expect(read(el)).toEqual({ at: '2026-11-24T13:32:00.000Z', precision: 'minute', source: 'text' });
    const own = cell('igår');
    own.setAttribute('title', 'tisdag 24 november 2026 kl. 14:32');
    expect(read(own)).toMatchObject({ at: '2026-11-24T13:32:00.000Z', precision: 'minute' });
  });

  it('passes over a title that is not a time (e.g. "Öppna meddelandet")', () => {
    const el = cell('<a title="Öppna meddelandet">igår 10:15</a>');
    expect(read(el)).toMatchObject({ at: '2026-11-24T09:15:00.000Z', source: 'text' });
  });

  it('falls back to the text when the datetime attribute cannot be read', () => {
    expect(read(cell('<time datetime="okänt">igår 10:15</time>'))).toMatchObject({
      at: '2026-11-24T09:15:00.000Z',
    });
  });

  it('reads text spread over lines and elements', () => {
    expect(read(cell('\n   <span>i går</span>\n   <span>kl. 10:15</span>\n'))).toMatchObject({
      at: '2026-11-24T09:15:00.000Z',
    });
  });

  it('says why when nothing can be read, so the badge shows "Kan inte läsa datum"', () => {
    expect(read(cell('<span>Ny!</span>'))).toEqual({ ok: false, reason: 'unrecognized' });
    expect(read(cell(''))).toEqual({ ok: false, reason: 'empty' });
    expect(read(cell('<time datetime="okänt">i framtiden</time>'))).toEqual({
      ok: false,
      reason: 'unrecognized',
    });
  });

  it('keeps a machine-readable time ahead of the clock, never the text with another year', () => {
    // The computer's clock is days behind the portal's: "22 dec" alone would be read as last year's.
    const el = cell('<time datetime="2026-12-22T10:05:00+01:00">22 dec</time>');
    expect(readArrival(el, NOW)).toMatchObject({
      ok: true,
      arrival: new Date('2026-12-22T09:05:00Z'),
      source: 'machine',
      absolute: true,
      ahead: true,
    });
  });
});
