import { describe, expect, it, vi } from 'vitest';
import { CallTracker, endCallOnPageHide, meetingKey } from '@/lib/checks/call-overlay/call';

function tracker() {
  const send = vi.fn();
  return { send, calls: new CallTracker(send, () => 1_700_000_000_000) };
}

describe('telling the background when a call starts and ends', () => {
  it('sends call:started once per meeting, and call:ended once', () => {
    const { send, calls } = tracker();
    calls.start('vardochhalsa', 'http://vardochhalsa.localhost/mote/m501');
    // The check restarts (new settings) on the same meeting page: no second start.
    calls.start('vardochhalsa', 'http://vardochhalsa.localhost/mote/m501');
    calls.end();
    calls.end();
    expect(send.mock.calls.map(([message]) => message)).toEqual([
      { type: 'call:started', portal: 'vardochhalsa', at: 1_700_000_000_000 },
      { type: 'call:ended', portal: 'vardochhalsa', at: 1_700_000_000_000 },
    ]);
    expect(calls.activeKey).toBeNull();
  });

  it('ends the previous meeting’s call when another one starts', () => {
    const { send, calls } = tracker();
    calls.start('vardochhalsa', 'a');
    calls.start('vardochhalsa', 'b');
    expect(send.mock.calls.map(([message]) => message.type)).toEqual([
      'call:started',
      'call:ended',
      'call:started',
    ]);
    expect(calls.activeKey).toBe('b');
  });

  it('sends nothing for a call that never started', () => {
    const { send, calls } = tracker();
    calls.end();
    expect(send).not.toHaveBeenCalled();
  });

  it('names a meeting by its page, not its query or a trailing slash', () => {
    expect(meetingKey({ origin: 'https://x.se', pathname: '/mote/m501/' })).toBe('https://x.se/mote/m501');
  });

  it('ends the call when the tab is closed', () => {
    const { send, calls } = tracker();
    const target = new EventTarget() as Window;
    endCallOnPageHide(calls, target);
    calls.start('vardochhalsa', 'a');
    target.dispatchEvent(new Event('pagehide'));
    expect(send.mock.calls.at(-1)?.[0].type).toBe('call:ended');
  });
});
