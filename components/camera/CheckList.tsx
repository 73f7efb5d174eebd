import { adviceFor, GUIDELINE, type Language } from '@/lib/camera/advice/advice';
import type { SmoothedJudgement } from '@/lib/camera/judge/smoothing';
import { aspectName, severityName, type CameraTexts } from '@/lib/camera/advice/texts';
import { aspectOfIssue, ASPECTS, severityOf, type Aspect, type Issue } from '@/lib/camera/judge/verdicts';

interface Props {
  smoothed: SmoothedJudgement | null;
  texts: CameraTexts;
  language: Language;
}

/** Issues of one aspect, in the analyzer's priority order; the aspect's shown verdict always among them. */
function issuesOf(aspect: Aspect, smoothed: SmoothedJudgement): Issue[] {
  const primary = smoothed.verdicts[aspect];
  const issues = smoothed.issues.filter((issue) => aspectOfIssue(issue) === aspect);
  if (!primary || primary === 'ok') return [];
  return issues.includes(primary) ? issues : [primary, ...issues];
}

/** The four checks with a green / amber / red mark, the guideline's words, and the advice for what is wrong. */
export function CheckList({ smoothed, texts, language }: Props) {
  return (
    <section class="vmk-camera-checks" aria-live="polite">
      <h2>{texts.checks}</h2>
      <ul>
        {ASPECTS.map((aspect) => {
          const verdict = smoothed?.verdicts[aspect] ?? null;
          const severity = verdict ? severityOf(verdict) : null;
          const issues = smoothed && verdict ? issuesOf(aspect, smoothed) : [];
          return (
            <li
              key={aspect}
              class={`vmk-camera-check vmk-camera-check--${severity ?? 'pending'}`}
              data-vmk-camera-aspect={aspect}
              data-verdict={verdict ?? 'pending'}
              data-severity={severity ?? 'pending'}
            >
              <span class="vmk-camera-check__mark" aria-hidden="true" />
              <div>
                <strong>{aspectName(aspect, language)}</strong>{' '}
                <span class="vmk-camera-check__status">
                  {severity ? severityName(severity, language) : texts.settling}
                </span>
                <div class="vmk-note">{GUIDELINE[aspect][language]}</div>
                {issues.map((issue) => {
                  const advice = adviceFor(issue, language);
                  return (
                    <p key={issue} class="vmk-camera-advice" data-vmk-camera-issue={issue}>
                      {advice.problem} {advice.action}
                    </p>
                  );
                })}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
