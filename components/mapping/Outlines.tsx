import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { queryAll } from '@/lib/portals/query';
import { SELECTOR_KEYS, type ResolvedPortal, type SelectorKey } from '@/lib/portals/types';
import { ROW_KEYS } from '@/lib/mapping/inspect';
import { KEY_COLOURS } from './styles';

const MAX_BOXES = 300;

interface Box {
  key: SelectorKey | 'hover';
  rect: DOMRect;
  label: string;
}

function boxesFor(portal: ResolvedPortal | undefined, hover: Element | null, hoverLabel: string): Box[] {
  const boxes: Box[] = [];
  const seen = new Set<Element>();
  const add = (key: Box['key'], element: Element, label: string) => {
    if (boxes.length >= MAX_BOXES || (key !== 'hover' && seen.has(element))) return;
    seen.add(element);
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return;
    if (rect.bottom < 0 || rect.top > innerHeight) return;
    boxes.push({ key, rect, label });
  };
  if (portal) {
    const rows = queryAll(portal, 'messageRow');
    // Only the rows on screen are looked inside: a list of thousands is not queried every second.
    const visible = rows.filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.bottom >= 0 && rect.top <= innerHeight;
    });
    for (const key of SELECTOR_KEYS) {
      const label = t(`mappingKey_${key}`);
      if (ROW_KEYS.includes(key) && rows.length > 0) {
        for (const row of visible)
          for (const found of queryAll(portal, key, row).slice(0, 1)) add(key, found, label);
      } else {
        for (const found of queryAll(portal, key)) add(key, found, label);
      }
    }
  }
  if (hover) add('hover', hover, hoverLabel);
  return boxes;
}

/** Every match of every key, outlined and labelled on the page; the element under the pointer while picking. */
export function Outlines(props: {
  portal: ResolvedPortal | undefined;
  tick: number;
  hover: Element | null;
  hoverLabel: string;
}) {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    let pending = 0;
    const redraw = () => {
      if (pending) return;
      pending = requestAnimationFrame(() => {
        pending = 0;
        setFrame((value) => value + 1);
      });
    };
    addEventListener('scroll', redraw, { capture: true, passive: true });
    addEventListener('resize', redraw);
    return () => {
      removeEventListener('scroll', redraw, { capture: true });
      removeEventListener('resize', redraw);
      cancelAnimationFrame(pending);
    };
  }, []);
  void frame;
  const boxes = boxesFor(props.portal, props.hover, props.hoverLabel);
  return (
    <div aria-hidden="true" data-vmk-mapping-outlines>
      {boxes.map((box, index) => (
        <div
          key={index}
          class={box.key === 'hover' ? 'box hover' : 'box'}
          data-key={box.key}
          style={{
            '--c': KEY_COLOURS[box.key] ?? '#b00060',
            left: `${box.rect.left}px`,
            top: `${box.rect.top}px`,
            width: `${box.rect.width}px`,
            height: `${box.rect.height}px`,
          }}
        >
          <span>{box.label}</span>
        </div>
      ))}
    </div>
  );
}
