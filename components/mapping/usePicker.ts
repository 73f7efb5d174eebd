import { useEffect, useState } from 'preact/hooks';

/** Whether an event comes from the overlay itself (its shadow host), which picking must ignore. */
function fromOverlay(event: Event, host: Element): boolean {
  return event.composedPath().includes(host);
}

function usable(element: Element | null): element is Element {
  return element !== null && element !== document.documentElement && element !== document.body;
}

/**
 * Picking an element on the page: with the mouse (hover outlines it, a click takes it and does nothing else on the
 * page), or with the keyboard (arrows move the outline: up to the parent, down to the first child, left and right
 * to the siblings; the panel's button takes it; Escape stops).
 */
export function usePicker(options: {
  active: boolean;
  host: Element;
  start: Element | null;
  onPick: (element: Element) => void;
  onCancel: () => void;
}): Element | null {
  const { active, host, start, onPick, onCancel } = options;
  const [hover, setHover] = useState<Element | null>(null);
  useEffect(() => {
    if (!active) {
      setHover(null);
      return;
    }
    let current: Element | null = start;
    setHover(current);
    const move = (event: MouseEvent) => {
      if (fromOverlay(event, host)) return;
      const target = event.target instanceof Element ? event.target : null;
      if (usable(target) && target !== current) {
        current = target;
        setHover(target);
      }
    };
    const swallow = (event: Event) => {
      if (fromOverlay(event, host)) return;
      event.preventDefault();
      event.stopPropagation();
      event.stopImmediatePropagation();
    };
    const click = (event: MouseEvent) => {
      if (fromOverlay(event, host)) return;
      swallow(event);
      const target = event.target instanceof Element ? event.target : null;
      if (usable(target)) onPick(target);
    };
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCancel();
        return;
      }
      const moves: Record<string, () => Element | null | undefined> = {
        ArrowUp: () => current?.parentElement,
        ArrowDown: () => current?.firstElementChild,
        ArrowLeft: () => current?.previousElementSibling,
        ArrowRight: () => current?.nextElementSibling,
      };
      const next = moves[event.key]?.();
      if (moves[event.key]) {
        event.preventDefault();
        if (usable(next ?? null)) {
          current = next!;
          current.scrollIntoView({ block: 'nearest' });
          setHover(current);
        }
        return;
      }
    };
    document.addEventListener('mousemove', move, true);
    document.addEventListener('click', click, true);
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'submit'] as const) {
      document.addEventListener(type, swallow, true);
    }
    document.addEventListener('keydown', key, true);
    return () => {
      document.removeEventListener('mousemove', move, true);
      document.removeEventListener('click', click, true);
      for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'submit'] as const) {
        document.removeEventListener(type, swallow, true);
      }
      document.removeEventListener('keydown', key, true);
    };
  }, [active, host, start, onPick, onCancel]);
  return hover;
}
