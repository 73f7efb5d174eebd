import type { Ref } from 'preact';
import { adviceFor, GUIDELINE, type Language } from '@/lib/camera/advice/advice';
import { ASPECTS, type Issue } from '@/lib/camera/judge/verdicts';
import type { ChipModel } from '@/lib/checks/call-overlay/status';
import { t } from '@/lib/i18n';

export interface CallChipProps {
  model: ChipModel;
  language: Language;
  expanded: boolean;
  minimised: boolean;
  onToggleExpanded(): void;
  onMinimise(): void;
  onRestore(): void;
  rootRef?: Ref<HTMLDivElement>;
}

const DETAILS_ID = 'vmk-call-overlay-details';

/** The one line the chip shows, and what a screen reader announces when it changes. */
export function headline(model: ChipModel, language: Language): string {
  switch (model.state) {
    case 'ok':
      return t('callOverlayAllGood');
    case 'issues':
      return model.issues[0] ? adviceFor(model.issues[0], language).problem : t('callOverlaySettling');
    case 'starting':
      return t('callOverlayStarting');
    case 'paused':
      return t('callOverlayPaused');
    case 'error':
      return t('callOverlayError');
    case 'settling':
      return t('callOverlaySettling');
  }
}

/** The name badge: one advisory line, the same in both lists (the guideline's item, never an alarm). */
function BadgeItem({ model }: { model: ChipModel }) {
  if (!model.badge) return null;
  const seen = model.badge === 'seen';
  return (
    <li class={seen ? 'vmk-call-chip__ok' : 'vmk-call-chip__note'} data-vmk-call-overlay-badge={model.badge}>
      {t(seen ? 'callOverlayBadgeSeen' : 'callOverlayBadgeAsk')}
    </li>
  );
}

function IssueItem({ issue, language }: { issue: Issue; language: Language }) {
  const advice = adviceFor(issue, language);
  return (
    <li class="vmk-call-chip__issue" data-vmk-call-overlay-advice={issue}>
      <strong>{advice.problem}</strong> {advice.action}
    </li>
  );
}

/**
 * The status chip beside the clinician's own picture. Its position is set from outside (the controller measures
 * it and keeps it clear of the call controls). The status line is a polite live region whose text changes only
 * when a smoothed verdict changes; the list of advice sits outside it, so opening the list announces nothing.
 */
export function CallChip(props: CallChipProps) {
  const { model, language, expanded, minimised } = props;
  const text = headline(model, language);
  const hasDetails = model.state === 'ok' || model.state === 'issues';
  return (
    <div
      ref={props.rootRef}
      class={`vmk-call-chip vmk-call-chip--${model.tone}${minimised ? ' vmk-call-chip--minimised' : ''}`}
      role="group"
      aria-label={t('callOverlayName')}
      data-vmk-call-overlay-state={model.state}
      data-vmk-call-overlay-issue={model.issues[0] ?? 'none'}
      data-vmk-call-overlay-tone={model.tone}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && expanded) {
          event.stopPropagation();
          props.onToggleExpanded();
        }
      }}
    >
      <div class="vmk-call-chip__status" role="status" aria-live="polite" aria-atomic="true">
        <span class="vmk-call-chip__dot" aria-hidden="true" />
        <span class={minimised ? 'vmk-visually-hidden' : 'vmk-call-chip__text'}>{text}</span>
      </div>
      {minimised ? (
        <button
          type="button"
          class="vmk-call-chip__restore"
          data-vmk-call-overlay-action="restore"
          aria-label={t('callOverlayRestore', text)}
          title={t('callOverlayRestore', text)}
          onClick={props.onRestore}
        >
          <span class="vmk-call-chip__dot" aria-hidden="true" />
        </button>
      ) : (
        <div class="vmk-call-chip__buttons">
          {hasDetails && (
            <button
              type="button"
              class="vmk-call-chip__toggle"
              data-vmk-call-overlay-action="details"
              aria-expanded={expanded}
              aria-controls={DETAILS_ID}
              onClick={props.onToggleExpanded}
            >
              {expanded
                ? t('callOverlayHideDetails')
                : model.state === 'issues'
                  ? t('callOverlayShowAdvice', String(model.issues.length))
                  : t('callOverlayShowDetails')}
            </button>
          )}
          <button
            type="button"
            class="vmk-call-chip__minimise"
            data-vmk-call-overlay-action="minimise"
            aria-label={t('callOverlayMinimise')}
            title={t('callOverlayMinimise')}
            onClick={props.onMinimise}
          >
            <span aria-hidden="true">–</span>
          </button>
        </div>
      )}
      {hasDetails && !minimised && (
        <div id={DETAILS_ID} class="vmk-call-chip__details" hidden={!expanded}>
          {model.state === 'issues' ? (
            <ul>
              {model.issues.map((issue) => (
                <IssueItem key={issue} issue={issue} language={language} />
              ))}
              <BadgeItem model={model} />
            </ul>
          ) : (
            <ul>
              {ASPECTS.map((aspect) => (
                <li key={aspect} class="vmk-call-chip__ok">
                  {GUIDELINE[aspect][language]}
                </li>
              ))}
              <BadgeItem model={model} />
            </ul>
          )}
          <p class="vmk-call-chip__privacy">{t('callOverlayPrivacy')}</p>
        </div>
      )}
    </div>
  );
}
