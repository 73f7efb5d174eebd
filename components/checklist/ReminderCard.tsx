import { useState } from 'preact/hooks';
import type { Reminder, ReminderStep } from '@/lib/reminders/steps';
import { t } from '@/lib/i18n';
import './reminder.css';

function StepText({ step }: { step: ReminderStep }) {
  return (
    <>
      {step.text}
      {step.link && (
        <>
          {' '}
          <a href={step.link.url} target="_blank" rel="noopener noreferrer">
            {step.link.text}
          </a>
        </>
      )}
    </>
  );
}

/**
 * The documentation steps after a video meeting or a written reply; the same card in the popup and in the page.
 * In a portal page it starts folded to its title and buttons (`folded`), so that it does not cover the portal's
 * own reply field or send button; the clinician opens the steps when ready to document.
 */
export function ReminderCard({
  reminder,
  headingLevel = 2,
  onDone,
  headingRef,
  folded = false,
}: {
  reminder: Reminder;
  headingLevel?: 2 | 3;
  onDone(): void;
  headingRef?: (element: HTMLElement | null) => void;
  folded?: boolean;
}) {
  const [open, setOpen] = useState(!folded);
  const headingId = `vmk-reminder-${reminder.kind}`;
  const stepsId = `vmk-reminder-steps-${reminder.kind}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article
      class={`vmk-reminder${open ? '' : ' vmk-reminder--folded'}`}
      data-vmk-reminder={reminder.kind}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} class="vmk-reminder__title" tabIndex={-1} ref={headingRef}>
        {reminder.title}
      </Heading>
      {folded && (
        <button
          type="button"
          class="vmk-reminder__toggle"
          aria-expanded={open}
          aria-controls={stepsId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('reminderHideSteps') : t('reminderShowSteps')}
        </button>
      )}
      <div id={stepsId} hidden={!open}>
        <ol class="vmk-reminder__steps">
          {reminder.steps.map((step, index) => (
            <li key={index}>
              <StepText step={step} />
            </li>
          ))}
        </ol>
        <p class="vmk-reminder__deviation" data-vmk-deviation>
          <StepText step={reminder.deviation} />
        </p>
      </div>
      <button type="button" class="vmk-reminder__done" onClick={onDone}>
        {t('reminderDone')}
      </button>
    </article>
  );
}
