import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DEFAULT_DEADLINE_RULE,
  deadlineRuleSchema,
  deadlinesSettingsSchema,
  resolveDeadlineRule,
} from '../../../lib/deadlines/rules';
import { parseLeniently } from '../../../lib/settings/lenient';

const settings = (input: unknown) => deadlinesSettingsSchema.parse(input);

describe('deadline settings', () => {
  it('defaults to 2 working days, due when the working day ends at 17:00, amber on the last day', () => {
    expect(settings({})).toEqual({
      enabled: true,
      workingDays: 2,
      dueAt: 'end-of-day',
      endOfDay: '17:00',
      amberBelowWorkingDays: 1,
      closedDays: [],
      services: {},
    });
    expect(DEFAULT_DEADLINE_RULE).toEqual({
      workingDays: 2,
      dueAt: 'end-of-day',
      endOfDay: '17:00',
      amberBelowWorkingDays: 1,
      closedDays: [],
    });
  });

  it('lets each service override the common rule, field by field', () => {
    const policy = settings({
      workingDays: 3,
      services: { '1177': { workingDays: 2, dueAt: 'same-time' }, vardochhalsa: { endOfDay: '16:30' } },
    });
    expect(resolveDeadlineRule(policy, { portal: '1177' })).toMatchObject({
      workingDays: 2,
      dueAt: 'same-time',
    });
    expect(resolveDeadlineRule(policy, { portal: 'vardochhalsa' })).toMatchObject({
      workingDays: 3,
      endOfDay: '16:30',
    });
  });

  it('gives each Stöd och behandling program its own rule, else the programs’ default, else the common rule', () => {
    const policy = settings({
      services: {
        sob: { default: { workingDays: 5 }, programs: { 'Internet-KBT vid depression': { workingDays: 1 } } },
      },
    });
    const rule = (program?: string) => resolveDeadlineRule(policy, { portal: 'sob', program }).workingDays;
    expect(rule('Internet-KBT vid depression')).toBe(1);
    expect(rule('  internet-kbt VID depression ')).toBe(1); // typed by hand in a policy file
    expect(rule('Sömnskola')).toBe(5);
    expect(rule()).toBe(5);
    expect(resolveDeadlineRule(settings({}), { portal: 'sob', program: 'Sömnskola' }).workingDays).toBe(2);
  });

  it('adds up closed days from the common rule and the service’s', () => {
    const policy = settings({
      closedDays: ['2026-05-15'],
      services: { '1177': { closedDays: ['2026-06-22'] } },
    });
    expect(resolveDeadlineRule(policy, { portal: '1177' }).closedDays).toEqual(['2026-05-15', '2026-06-22']);
    expect(resolveDeadlineRule(policy, { portal: 'vardochhalsa' }).closedDays).toEqual(['2026-05-15']);
  });

  it.each([
    ['workingDays', 0],
    ['workingDays', 2.5],
    ['workingDays', 61],
    ['workingDays', '2'],
    ['dueAt', 'tomorrow'],
    ['endOfDay', '25:00'],
    ['endOfDay', '7:00'],
    ['endOfDay', '00:00'],
    ['endOfDay', '24:01'],
    ['amberBelowWorkingDays', -1],
    ['closedDays', ['2026-02-30']],
    ['closedDays', ['20260515']],
  ])('rejects %s = %j', (field, value) => {
    expect(deadlineRuleSchema.safeParse({ [field]: value }).success).toBe(false);
    expect(deadlinesSettingsSchema.safeParse({ [field]: value }).success).toBe(false);
  });

  it('accepts 24:00 as the end of the calendar day', () => {
    expect(settings({ endOfDay: '24:00' }).endOfDay).toBe('24:00');
  });

  it('keeps the good fields and reports the bad one when read field by field, as policy is', () => {
    const { value, problems } = parseLeniently(deadlinesSettingsSchema, {
      workingDays: 3,
      endOfDay: '17.00',
      closedDays: ['2026-05-15', 'klämdag'],
      services: { sob: { programs: { Sömnskola: { workingDays: 'fem' } } } },
    });
    expect(value).toMatchObject({ workingDays: 3, closedDays: ['2026-05-15'] });
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      'closedDays.1',
      'endOfDay',
      'services.sob.programs.Sömnskola.workingDays',
    ]);
    expect(problems.find((problem) => problem.path === 'endOfDay')?.detail).toBe('invalid-clock-time');
  });

  it('converts to JSON Schema without unions, and with ranges only on integers (Chromium managed_schema)', () => {
    for (const io of ['input', 'output'] as const) {
      const text = JSON.stringify(z.toJSONSchema(deadlinesSettingsSchema, { io }));
      expect(text).not.toMatch(/"(anyOf|oneOf|allOf)"/);
      const numbers = [...text.matchAll(/"type":"number"/g)];
      expect(numbers).toHaveLength(0);
      expect(text).toContain('"type":"integer"');
    }
  });
});
