import type { AutoResult } from '@/lib/checks/checklist/auto';
import type { ChecklistItem } from '@/lib/checks/checklist/model';
import { t } from '@/lib/i18n';

const AUTO_LABEL_KEYS = {
  ok: 'autoLabelOk',
  problem: 'autoLabelProblem',
  unknown: 'autoLabelUnknown',
} as const;

interface Props {
  item: ChecklistItem;
  ticked: boolean;
  auto: AutoResult | undefined;
  onToggle(ticked: boolean): void;
  onPrintDoorSign(): void;
}

/** One item: a native checkbox (keyboard and screen readers for free), and under it why the computer judged it. */
export function ChecklistItemRow({ item, ticked, auto, onToggle, onPrintDoorSign }: Props) {
  const inputId = `item-${item.id}`;
  const noteId = `${inputId}-note`;
  const hasNote = Boolean(item.auto || item.link || item.doorSign);
  return (
    <li
      class="vmk-item"
      data-vmk-item={item.id}
      data-vmk-ticked={String(ticked)}
      data-vmk-auto={auto?.status}
      data-vmk-required={item.required ? 'true' : undefined}
    >
      <input
        id={inputId}
        type="checkbox"
        checked={ticked}
        aria-describedby={hasNote ? noteId : undefined}
        onChange={(event) => onToggle((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={inputId}>
        {item.text}
        {item.required && <span class="vmk-item__required"> ({t('checklistRequired')})</span>}
      </label>
      {hasNote && (
        <div id={noteId} class="vmk-item__note">
          {item.auto && auto && (
            <p class={`vmk-auto vmk-auto--${auto.status}`}>
              <span class="vmk-auto__label">{t(AUTO_LABEL_KEYS[auto.status])}:</span> {auto.reason}
            </p>
          )}
          {item.link && (
            <p>
              <a href={item.link.url} target="_blank" rel="noopener noreferrer">
                {item.link.text}
              </a>
            </p>
          )}
          {item.doorSign && (
            <p>
              <button type="button" class="vmk-link-button" onClick={onPrintDoorSign}>
                {t('checklistPrintDoorSign')}
              </button>
            </p>
          )}
        </div>
      )}
    </li>
  );
}
