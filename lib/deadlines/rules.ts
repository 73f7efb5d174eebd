import { z } from 'zod';
import { dayFromIso, type IsoDate } from './civil-day';
import { clockToMs } from './stockholm-time';

/**
 * Deadline settings: IT's policy (or the defaults) under `checks.deadlines`. Top-level fields apply to every
 * service; each service (and each Stöd och behandling program) may override any of them. Ranges use z.int()
 * (JSON Schema "integer") and meaning is checked with refine, so the managed schema stays types-only.
 */
export const DUE_AT = ['end-of-day', 'same-time'] as const;
export type DueAt = (typeof DUE_AT)[number];

const workingDaysSchema = z
  .int()
  .min(1)
  .max(60)
  .describe('Antal vardagar att besvara inom / working days to answer within');
const dueAtSchema = z
  .enum(DUE_AT)
  .describe(
    'Senast vid arbetsdagens slut eller samma klockslag / at the end of the working day or the same time',
  );
const endOfDaySchema = z
  .string()
  .refine((value) => (clockToMs(value) ?? 0) > 0, { message: 'invalid-clock-time' })
  .describe('När arbetsdagen slutar, HH:MM (24:00 = dygnets slut) / when the working day ends');
const amberSchema = z
  .int()
  .min(0)
  .max(60)
  .describe('Gul när färre vardagar än så återstår / amber when fewer working days than this are left');
const closedDaySchema = z
  .string()
  .refine((value) => dayFromIso(value) !== undefined, { message: 'invalid-date' })
  .describe('Lokal stängd dag, ÅÅÅÅ-MM-DD / local closed day, YYYY-MM-DD');

export const deadlineRuleSchema = z.object({
  workingDays: workingDaysSchema.optional(),
  dueAt: dueAtSchema.optional(),
  endOfDay: endOfDaySchema.optional(),
  amberBelowWorkingDays: amberSchema.optional(),
  closedDays: z.array(closedDaySchema).optional(),
});

export const deadlinesSettingsSchema = z
  .object({
    enabled: z.boolean().default(true).describe('Visa svarstid på öppna meddelanden / show answer deadlines'),
    workingDays: workingDaysSchema.default(2),
    dueAt: dueAtSchema.default('end-of-day'),
    // The end of the working day, not midnight: "1 vardag 3 tim kvar" counts working hours, and a message due
    // "by the end of Tuesday" should turn red when the unit closes, not while nobody is there (see README.md).
    endOfDay: endOfDaySchema.default('17:00'),
    amberBelowWorkingDays: amberSchema.default(1),
    closedDays: z.array(closedDaySchema).default([]),
    services: z
      .object({
        '1177': deadlineRuleSchema.optional().describe('1177:s e-tjänster'),
        vardochhalsa: deadlineRuleSchema.optional().describe('Vård och hälsa'),
        sob: z
          .object({
            default: deadlineRuleSchema
              .optional()
              .describe('Alla program utan egen regel / programs without a rule'),
            programs: z
              .record(z.string(), deadlineRuleSchema)
              .optional()
              .describe('Regel per program, nyckel = programmets namn / rule per program, keyed by name'),
          })
          .optional()
          .describe('Stöd och behandling'),
      })
      .prefault({}),
  })
  .prefault({});

export type DeadlineRuleSettings = z.output<typeof deadlineRuleSchema>;
export type DeadlinesSettings = z.output<typeof deadlinesSettingsSchema>;

/** A rule with every field decided: what the due-time and status functions take. */
export interface DeadlineRule {
  workingDays: number;
  dueAt: DueAt;
  /** 'HH:MM', '24:00' = midnight at the end of the day. */
  endOfDay: string;
  amberBelowWorkingDays: number;
  closedDays: readonly IsoDate[];
}

/**
 * Whose rule: a built-in portal's (`services.<id>`, SoB per program), or a portal defined by policy, which brings
 * its own rule (`portals.custom.<id>.deadlineRule`) over the common one.
 */
export type DeadlineService =
  | { portal: '1177' }
  | { portal: 'vardochhalsa' }
  | { portal: 'sob'; program?: string }
  | { portal: 'custom'; own?: DeadlineRuleSettings };

export function programRule(
  settings: DeadlinesSettings,
  program: string | undefined,
): DeadlineRuleSettings | undefined {
  const programs = settings.services.sob?.programs;
  if (!programs || program === undefined) return undefined;
  const wanted = program.trim().toLocaleLowerCase('sv');
  // Exact key first; IT types program names by hand, so case and surrounding spaces are forgiven.
  return (
    programs[program] ??
    Object.entries(programs).find(([name]) => name.trim().toLocaleLowerCase('sv') === wanted)?.[1]
  );
}

/**
 * The rule for one service: top level, then (SoB) the programs' default, then the service's or program's own
 * rule, field by field. Closed days add up across the levels: a day the whole unit is closed stays closed.
 */
export function resolveDeadlineRule(settings: DeadlinesSettings, service: DeadlineService): DeadlineRule {
  const layers: (DeadlineRuleSettings | undefined)[] =
    service.portal === 'sob'
      ? [settings.services.sob?.default, programRule(settings, service.program)]
      : service.portal === 'custom'
        ? [service.own]
        : [settings.services[service.portal]];
  const rule: DeadlineRule = {
    workingDays: settings.workingDays,
    dueAt: settings.dueAt,
    endOfDay: settings.endOfDay,
    amberBelowWorkingDays: settings.amberBelowWorkingDays,
    closedDays: settings.closedDays,
  };
  for (const layer of layers) {
    if (!layer) continue;
    rule.workingDays = layer.workingDays ?? rule.workingDays;
    rule.dueAt = layer.dueAt ?? rule.dueAt;
    rule.endOfDay = layer.endOfDay ?? rule.endOfDay;
    rule.amberBelowWorkingDays = layer.amberBelowWorkingDays ?? rule.amberBelowWorkingDays;
    rule.closedDays = [...rule.closedDays, ...(layer.closedDays ?? [])];
  }
  return rule;
}

/** The rule when nothing is configured: 2 working days, due at 17:00 on the last one, amber on the last day. */
export const DEFAULT_DEADLINE_RULE: DeadlineRule = resolveDeadlineRule(deadlinesSettingsSchema.parse({}), {
  portal: '1177',
});
