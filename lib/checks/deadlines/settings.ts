/**
 * The check's settings are the deadline rules themselves (`checks.deadlines`): on/off, working days, end of the
 * working day, amber threshold, closed days, and per-service and per-program rules. Defined in lib/deadlines/rules.ts.
 */
export { deadlinesSettingsSchema } from '../../deadlines';
