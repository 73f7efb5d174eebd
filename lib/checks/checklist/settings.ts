import { z } from 'zod';
import { PORTAL_IDS } from '../../portals/types';
import { CHECKLIST_GROUPS } from './groups';

/**
 * The checklist before video meetings and the reminders after meetings and written replies. IT adds, removes and
 * rewords items, marks them required and links them to the unit's routines; the built-in wording comes from the
 * locale files, so a field left unset follows the clinician's language.
 *
 * No field here may be required inside an object that the lenient policy reader walks key by key (it cannot add a
 * missing key): required fields live only in list entries, which are validated whole and dropped one by one.
 */

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const httpUrl = z.string().refine(isHttpUrl, { message: 'invalid-url' }).describe('An http(s) address');
const itemId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, { message: 'invalid-item-id' })
  .describe('An item id: lower-case letters, digits and hyphens');
const text = z.string().trim().min(1);

const addedItemSchema = z.object({
  id: itemId,
  group: z
    .enum(CHECKLIST_GROUPS)
    .describe('technology, environment, clothing, remoteWork or patientIdentity'),
  text: text.describe('The item as the clinician reads it'),
  required: z.boolean().optional(),
  url: httpUrl.optional().describe("A link to the unit's routine for this item"),
  urlText: text.optional().describe('The text of that link'),
});

const itemLinkSchema = z.object({
  item: itemId,
  url: httpUrl,
  text: text.optional().describe('The text of the link (default: "Enhetens rutin")'),
});

const routineLinkSchema = z.object({ text, url: httpUrl });

const reminderStepSchema = z.object({
  text,
  url: httpUrl.optional(),
  urlText: text.optional(),
  portals: z
    .array(z.enum(PORTAL_IDS))
    .optional()
    .describe('Show this step only after a reply on these portals (default: all)'),
});

export const checklistSettingsSchema = z
  .object({
    enabled: z
      .boolean()
      .default(true)
      .describe('The checklist before video meetings (toolbar popup) and the reminders after them'),
    resetDaily: z.boolean().default(true).describe('Start a fresh checklist at the start of each day'),
    cameraMaxAgeMinutes: z
      .number()
      .int()
      .min(1)
      .max(1440)
      .default(120)
      .describe('How old a camera test may be and still pre-fill the camera items'),
    counts: z
      .boolean()
      .default(true)
      .describe('Keep local counts (checklists completed, items left unticked), shown only to the clinician'),
    items: z
      .object({
        add: z.array(addedItemSchema).default([]).describe('Items added to the built-in ones'),
        remove: z.array(itemId).default([]).describe('Ids of items to leave out'),
        reword: z.record(z.string(), text).default({}).describe('New wording, by item id'),
        required: z.array(itemId).default([]).describe('Ids of items that must be ticked'),
        links: z.array(itemLinkSchema).default([]).describe("Links to the unit's routines, by item id"),
      })
      .prefault({}),
    routines: z
      .array(routineLinkSchema)
      .default([])
      .describe("Links to the unit's routines, shown under the checklist"),
    reminders: z
      .object({
        afterCall: z
          .boolean()
          .default(true)
          .describe('Remind of the documentation steps after a video meeting'),
        afterReply: z
          .boolean()
          .default(true)
          .describe('Remind of the documentation steps after a written reply'),
        callSteps: z
          .array(reminderStepSchema)
          .optional()
          .describe('Steps after a video meeting (replace the built-in ones)'),
        replySteps: z
          .array(reminderStepSchema)
          .optional()
          .describe('Steps after a written reply (replace the built-in ones)'),
        deviation: z
          .object({
            text: z.string().default('').describe('Wording of the deviation line (default: built-in)'),
            url: z
              .string()
              .refine((value) => value === '' || isHttpUrl(value), { message: 'invalid-url' })
              .default('')
              .describe('Where deviations are reported (MedControl PRO)'),
          })
          .prefault({}),
      })
      .prefault({}),
  })
  .prefault({});

export type ChecklistSettings = z.output<typeof checklistSettingsSchema>;
export type AddedItem = z.output<typeof addedItemSchema>;
export type ReminderStepSetting = z.output<typeof reminderStepSchema>;
