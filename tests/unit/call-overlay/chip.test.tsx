// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CallChip, type CallChipProps } from '@/components/call-overlay/CallChip';
import type { ChipModel } from '@/lib/checks/call-overlay/status';

// The fake browser has no message catalogue: t() gives the key, which is what these tests look for.
const OK: ChipModel = { state: 'ok', tone: 'ok', issues: [] };
const ISSUES: ChipModel = { state: 'issues', tone: 'problem', issues: ['multiple_people', 'backlit'] };

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

function draw(props: Partial<CallChipProps> = {}) {
  const handlers = { onToggleExpanded: vi.fn(), onMinimise: vi.fn(), onRestore: vi.fn() };
  render(
    <CallChip model={OK} language="sv" expanded={false} minimised={false} {...handlers} {...props} />,
    root,
  );
  return handlers;
}

const status = () => root.querySelector('[role="status"]');
const button = (action: string) =>
  root.querySelector<HTMLButtonElement>(`[data-vmk-call-overlay-action="${action}"]`);

describe('the status chip', () => {
  it('says the picture looks good in a polite live region', () => {
    draw();
    expect(status()?.getAttribute('aria-live')).toBe('polite');
    expect(status()?.textContent).toBe('callOverlayAllGood');
    expect(
      root.querySelector('[data-vmk-call-overlay-state]')?.getAttribute('data-vmk-call-overlay-tone'),
    ).toBe('ok');
  });

  it('shows the most important advice, in Swedish, and only that in the live region', () => {
    draw({ model: ISSUES });
    expect(status()?.textContent).toBe('Fler personer syns i bild.');
    expect(
      root.querySelector('[data-vmk-call-overlay-issue]')?.getAttribute('data-vmk-call-overlay-issue'),
    ).toBe('multiple_people');
  });

  it('opens the full list with a disclosure button, outside the live region', () => {
    const { onToggleExpanded } = draw({ model: ISSUES });
    const toggle = button('details')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const details = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(details.hidden).toBe(true);
    toggle.click();
    expect(onToggleExpanded).toHaveBeenCalled();
    draw({ model: ISSUES, expanded: true });
    expect(button('details')?.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    expect(status()?.contains(details)).toBe(false);
    const items = [...details.querySelectorAll('[data-vmk-call-overlay-advice]')];
    expect(items.map((item) => item.getAttribute('data-vmk-call-overlay-advice'))).toEqual([
      'multiple_people',
      'backlit',
    ]);
    expect(items[1]?.textContent).toContain('Undvik fönster bakom dig');
  });

  it('closes the list with Escape', () => {
    const { onToggleExpanded } = draw({ model: ISSUES, expanded: true });
    button('details')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onToggleExpanded).toHaveBeenCalledTimes(1);
  });

  it('minimises to a dot whose button names the status, and still announces changes', () => {
    const { onMinimise } = draw({ model: ISSUES });
    button('minimise')!.click();
    expect(onMinimise).toHaveBeenCalled();
    const { onRestore } = draw({ model: ISSUES, minimised: true });
    expect(button('details')).toBeNull();
    expect(button('restore')?.getAttribute('aria-label')).toBe('callOverlayRestore');
    expect(status()?.textContent).toBe('Fler personer syns i bild.');
    button('restore')!.click();
    expect(onRestore).toHaveBeenCalled();
  });

  it('has no list to open while it is still checking, paused or broken', () => {
    for (const state of ['starting', 'settling', 'paused', 'error'] as const) {
      draw({ model: { state, tone: 'pending', issues: [] } });
      expect(button('details')).toBeNull();
      expect(status()?.textContent).toMatch(/^callOverlay/);
    }
  });

  it('is reached with the keyboard: every control is a button', () => {
    draw({ model: ISSUES });
    const controls = [...root.querySelectorAll('button')];
    expect(controls.map((b) => b.getAttribute('data-vmk-call-overlay-action'))).toEqual([
      'details',
      'minimise',
    ]);
    expect(controls.every((b) => b.type === 'button' && b.tabIndex >= 0)).toBe(true);
  });
});

describe('the name badge in the chip', () => {
  it('is one advisory line in the full list, never the headline or the colour', () => {
    draw({ model: { ...ISSUES, badge: 'unsure' }, expanded: true });
    expect(status()?.textContent).toBe('Fler personer syns i bild.');
    expect(root.querySelector('[data-vmk-call-overlay-badge]')?.textContent).toBe('callOverlayBadgeAsk');
    draw({ model: { ...OK, badge: 'seen' }, expanded: true });
    expect(status()?.textContent).toBe('callOverlayAllGood');
    expect(
      root.querySelector('[data-vmk-call-overlay-state]')?.getAttribute('data-vmk-call-overlay-tone'),
    ).toBe('ok');
    expect(root.querySelector('[data-vmk-call-overlay-badge]')?.textContent).toBe('callOverlayBadgeSeen');
  });

  it('is left out until the camera has held an answer', () => {
    draw({ model: OK, expanded: true });
    expect(root.querySelector('[data-vmk-call-overlay-badge]')).toBeNull();
  });
});
