import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { SelectorKey } from '@/lib/portals/types';
import { stepFrom, type Candidate, type Suggestion } from '@/lib/mapping/selector';

export interface PickResult {
  key: SelectorKey;
  suggestion: Suggestion;
  current: Candidate;
  /** Rows the selector was tried in (a key read inside rows), else undefined. */
  rows: number | undefined;
}

/** While picking: what to do; after a pick: the selector, what it matches, wider, narrower, use it. */
export function PickPanel(props: {
  picking: SelectorKey | undefined;
  hover: Element | null;
  result: PickResult | undefined;
  failed: boolean;
  onTake: (element: Element) => void;
  onCancel: () => void;
  onStep: (candidate: Candidate) => void;
  onUse: () => void;
}) {
  const { picking, result } = props;
  // Keyboard users land on what to do next: the button that takes the outlined element, then the one that uses it.
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => next.current?.focus(), [picking, result]);
  if (picking) {
    return (
      <section class="picking" aria-labelledby="vmk-pick-title">
        <h3 id="vmk-pick-title">{t('mappingPickTitle', t(`mappingKey_${picking}`))}</h3>
        <p>{t('mappingPickHelp')}</p>
        <button
          type="button"
          class="primary"
          disabled={!props.hover}
          onClick={() => props.hover && props.onTake(props.hover)}
        >
          {t('mappingPickTake')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('mappingCancel')}
        </button>
      </section>
    );
  }
  if (props.failed) {
    return (
      <p class="picking" role="status">
        {t('mappingPickFailed')}
      </p>
    );
  }
  if (!result) return null;
  const wider = stepFrom(result.suggestion, result.current, 'wider');
  const narrower = stepFrom(result.suggestion, result.current, 'narrower');
  const count =
    result.rows !== undefined
      ? t('mappingMatchesInRows', [String(result.current.count), String(result.rows)])
      : t('mappingMatches', String(result.current.count));
  return (
    <section class="picking" aria-labelledby="vmk-result-title" data-vmk-pick-result>
      <h3 id="vmk-result-title">{t('mappingResultTitle', t(`mappingKey_${result.key}`))}</h3>
      <p>
        <code data-vmk-selector>{result.current.selector}</code>
      </p>
      <p role="status" data-vmk-count={result.current.count}>
        {count} {result.current.exact ? t('mappingExact') : ''}
      </p>
      <button type="button" disabled={!wider} onClick={() => wider && props.onStep(wider)}>
        {t('mappingWider')}
      </button>
      <button type="button" disabled={!narrower} onClick={() => narrower && props.onStep(narrower)}>
        {t('mappingNarrower')}
      </button>
      <button ref={next} type="button" class="primary" data-vmk-use onClick={props.onUse}>
        {t('mappingUse')}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t('mappingCancel')}
      </button>
    </section>
  );
}
