import { describe, expect, it } from 'vitest';
import { ADVICE, adviceFor, GUIDELINE } from '@/lib/camera/advice/advice';
import { cameraErrorKind, cameraTexts } from '@/lib/camera/advice/texts';
import { aspectOfIssue, ASPECTS, ISSUES, severityOf } from '@/lib/camera/judge/verdicts';

describe('advice and texts of the camera check', () => {
  it('has Swedish and English advice for every non-ok verdict', () => {
    expect(Object.keys(ADVICE).sort()).toEqual([...ISSUES].sort());
    for (const issue of ISSUES) {
      for (const language of ['sv', 'en'] as const) {
        const advice = adviceFor(issue, language);
        expect(advice.problem.length).toBeGreaterThan(5);
        expect(advice.action.length).toBeGreaterThan(5);
      }
    }
  });

  it('uses the guideline’s own Swedish words', () => {
    expect(GUIDELINE.framing.sv).toBe('Ansikte och övre delen av bröstkorgen ska synas');
    expect(GUIDELINE.camera_height.sv).toBe('Placera kameran i ögonhöjd');
    expect(GUIDELINE.lighting.sv).toBe('Ansiktet ska vara väl belyst – undvik fönster bakom dig');
    expect(GUIDELINE.background.sv).toBe('Bakgrunden ska vara neutral och välstädad');
    expect(adviceFor('multiple_people', 'sv').problem).toBe('Fler personer syns i bild.');
    expect(adviceFor('chest_not_visible', 'sv').action).toContain('Flytta kameran så att axlarna syns');
    expect(adviceFor('backlit', 'sv').action).toContain('Undvik fönster bakom dig');
  });

  it('puts every issue under one of the four checks', () => {
    expect(ISSUES.map(aspectOfIssue).every((aspect) => ASPECTS.includes(aspect))).toBe(true);
    expect(aspectOfIssue('backlit')).toBe('lighting');
    expect(aspectOfIssue('unknown')).toBe('camera_height');
    expect(aspectOfIssue('cluttered')).toBe('background');
  });

  it('colours clear guideline breaches red and estimates amber', () => {
    expect(severityOf('ok')).toBe('ok');
    expect(severityOf('multiple_people')).toBe('problem');
    expect(severityOf('backlit')).toBe('problem');
    expect(severityOf('too_low')).toBe('advice');
    expect(severityOf('cluttered')).toBe('advice');
  });

  it('maps each way a camera fails to start to its own message', () => {
    const named = (name: string) => Object.assign(new Error('x'), { name });
    expect(cameraErrorKind(named('NotFoundError'))).toBe('NotFoundError');
    expect(cameraErrorKind(named('NotAllowedError'))).toBe('NotAllowedError');
    expect(cameraErrorKind(named('NotReadableError'))).toBe('NotReadableError');
    expect(cameraErrorKind(named('OverconstrainedError'))).toBe('OverconstrainedError');
    expect(cameraErrorKind({ name: 'NotReadableError' })).toBe('NotReadableError');
    expect(cameraErrorKind(new TypeError('x'))).toBe('other');
    const sv = cameraTexts('sv');
    expect(sv.errors.NotFoundError).toMatch(/Ingen kamera/);
    expect(sv.errors.NotAllowedError).toMatch(/Tillåt kameran/);
    expect(sv.errors.NotReadableError).toMatch(/används redan/);
    expect(sv.errors.disconnected).toMatch(/kopplades från/);
    expect(Object.keys(cameraTexts('en').errors)).toEqual(Object.keys(sv.errors));
  });
});
