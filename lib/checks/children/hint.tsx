import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ChildAdvice } from './advice';
import type { ChildrenSettings } from './settings';
import './hint.css';

/** The advice the page shows now (null: none), with a way to hear of changes; kept in memory only. */
export interface AdviceSource {
  current(): ChildAdvice | null;
  subscribe(listener: () => void): () => void;
}

function useAdvice(source: AdviceSource): ChildAdvice | null {
  const [advice, setAdvice] = useState(source.current());
  useEffect(() => {
    const update = () => setAdvice(source.current());
    update();
    return source.subscribe(update);
  }, [source]);
  return advice;
}

function RoutineLink({ url, textKey }: { url: string; textKey: string }) {
  if (!url) return null;
  return (
    <>
      {' '}
      <a href={url} target="_blank" rel="noopener noreferrer">
        {t(textKey)}
      </a>
    </>
  );
}

/** What makes one hint differ from another: a hint dismissed stays away until the advice changes. */
const keyOf = (advice: ChildAdvice) => `${advice.group}:${advice.journalen}:${advice.protectedIdentity}`;

/**
 * A short hint when the patient is a child: the guideline's rules for children (own flows in Vård och hälsa, the
 * age limits of Journalen and Läkemedelskollen, what protected identity means for a guardian) with IT's links.
 * Small, closable, placed off the portal's controls by the placement service; a polite live region.
 */
export function ChildHint({ source, links }: { source: AdviceSource; links: ChildrenSettings['links'] }) {
  const advice = useAdvice(source);
  const [dismissed, setDismissed] = useState<string>();
  if (!advice || dismissed === keyOf(advice)) return <aside class="vmk-child-hint" aria-live="polite" />;
  return (
    <aside
      class="vmk-child-hint"
      aria-live="polite"
      aria-label={t('childHintLabel')}
      data-vmk-child-hint={advice.group}
    >
      <div class="vmk-child-hint__card">
        <p class="vmk-child-hint__title">
          <strong>{t(advice.group === 'under13' ? 'childHintUnder13' : 'childHint13to17')}</strong>
          <button
            type="button"
            class="vmk-child-hint__close"
            aria-label={t('childHintClose')}
            title={t('childHintClose')}
            onClick={() => setDismissed(keyOf(advice))}
          >
            ×
          </button>
        </p>
        <ul class="vmk-child-hint__lines">
          <li>
            {t('childHintFlows')}
            <RoutineLink url={links.children} textKey="childHintLinkChildren" />
          </li>
          <li data-vmk-child-age-limits>
            {t(advice.journalen ? 'childHintJournalenOpen' : 'childHintJournalenClosed')}
          </li>
          <li
            data-vmk-child-guardian={advice.protectedIdentity ? 'protected' : 'rule'}
            class={advice.protectedIdentity ? 'vmk-child-hint__protected' : undefined}
          >
            {t(advice.protectedIdentity ? 'childHintProtected' : 'childHintGuardianRule')}
            <RoutineLink url={links.identification} textKey="childHintLinkIdentification" />
          </li>
          <li>
            {t('childHintGuardianAccess')}
            <RoutineLink url={links.guardianAccess} textKey="childHintLinkGuardianAccess" />
          </li>
        </ul>
      </div>
      <span class="vmk-child-hint__dot" role="img" aria-label={t('childHintDotLabel')} />
    </aside>
  );
}
