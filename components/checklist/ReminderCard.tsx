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
  onMissed,
}: {
  reminder: Reminder;
  headingLevel?: 2 | 3;
  onDone(): void;
  headingRef?: (element: HTMLElement | null) => void;
  folded?: boolean;
  /** After a video meeting: the "Patienten kom inte" switch (pressed: the routine for a missed meeting shows). */
  onMissed?: (missed: boolean) => void;
}) {
  const [open, setOpen] = useState(!folded);
  const headingId = `vmk-reminder-${reminder.kind}`;
  const stepsId = `vmk-reminder-steps-${reminder.kind}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article
      class={`vmk-reminder${open ? '' : ' vmk-reminder--folded'}`}
      data-vmk-reminder={reminder.kind}
      data-vmk-missed={reminder.missed ? 'true' : undefined}
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
      {reminder.kind === 'call' && onMissed && (
        <button
          type="button"
          class="vmk-reminder__missed"
          aria-pressed={reminder.missed}
          data-vmk-action="patient-missed"
          onClick={() => {
            // Folded in a page: open it, so the routine for a missed meeting is seen at once.
            if (!reminder.missed) setOpen(true);
            onMissed(!reminder.missed);
          }}
        >
          {t('reminderMissedButton')}
        </button>
      )}
      <button type="button" class="vmk-reminder__done" onClick={onDone}>
        {t('reminderDone')}
      </button>
    </article>
  );
}
