import { z } from 'zod';
import { PORTAL_ID_PATTERN } from '../../portals/types';
import { CHECKLIST_GROUPS } from './groups';

/**
 * The checklist before video meetings and the reminders after meetings and written replies. IT adds, removes and
 * rewords items, marks them required and links them to the unit's routines; the built-in wording comes from the
 * locale files, so a field left unset follows the clinician's language.
 *
 * No field here may be required inside an object that the lenient policy reader walks key by key (it cannot add a
 * missing key): required fields live only in list entries, which are validated whole and dropped one by one.
 */

/**
 * The guideline's reference for a missed digital meeting ("Uteblivet digitalt vårdmöte: handläggs enligt
 * Elvis-rutinen Distanskontakter", reference 13): VGR's page of Elvis routines, on the region's intranet.
 */
export const ELVIS_ROUTINES_URL =
  'https://insidan.vgregion.se/stod-och-tjanster/system-a-o/elvis/rutiner-och-lathundar';

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const httpUrl = z
  .string()
  .refine(isHttpUrl, { message: 'invalid-url' })
  .describe('En http(s)-adress / an http(s) address');
const itemId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, { message: 'invalid-item-id' })
  .describe(
    'Punktens id: gemena bokstäver, siffror och bindestreck / item id: lower-case letters, digits and hyphens',
  );
const text = z.string().trim().min(1);

const addedItemSchema = z.object({
  id: itemId,
  group: z
    .enum(CHECKLIST_GROUPS)
    .describe('Grupp / group: technology, environment, clothing, remoteWork, patientIdentity'),
  text: text.describe('Punkten som den visas / the item as shown'),
  required: z.boolean().optional(),
  url: httpUrl
    .optional()
    .describe('Länk till enhetens rutin för punkten / link to the unit’s routine for the item'),
  urlText: text.optional().describe('Länkens text / the link’s text'),
});

const itemLinkSchema = z.object({
  item: itemId,
  url: httpUrl,
  text: text.optional().describe('Länkens text (standard: ”Enhetens rutin”) / the link’s text'),
});

const routineLinkSchema = z.object({ text, url: httpUrl });

const reminderStepSchema = z.object({
  text,
  url: httpUrl.optional(),
  urlText: text.optional(),
  portals: z
    .array(z.string().regex(PORTAL_ID_PATTERN))
    .optional()
    .describe(
      'Visa steget bara efter svar på dessa portaler (standard: alla) / show the step only after replies on these portals',
    ),
});

export const checklistSettingsSchema = z
  .object({
    enabled: z
      .boolean()
      .default(true)
      .describe(
        'Checklistan före videomöten och påminnelserna efter möten och svar / the checklist before video meetings and the reminders after them',
      ),
    resetDaily: z
      .boolean()
      .default(true)
      .describe('Ny checklista vid varje ny dag / a fresh checklist each day'),
    cameraMaxAgeMinutes: z
      .number()
      .int()
      .min(1)
      .max(1440)
      .default(120)
      .describe(
        'Hur gammalt ett kameratest får vara (minuter) för att fylla i kamerapunkterna / how old a camera test may be (minutes) to pre-fill the camera items',
      ),
    counts: z
      .boolean()
      .default(true)
      .describe(
        'Lokal statistik (ifyllda checklistor, punkter som inte bockats av), bara för vårdgivaren / local counts shown only to the clinician',
      ),
    items: z
      .object({
        add: z
          .array(addedItemSchema)
          .default([])
          .describe('Punkter som läggs till / items added: [{id, group, text, required, url, urlText}]'),
        remove: z.array(itemId).default([]).describe('Id för punkter som tas bort / ids of items removed'),
        reword: z
          .record(z.string(), text)
          .default({})
          .describe('Ny formulering per punkt-id / new wording by item id'),
        required: z
          .array(itemId)
          .default([])
          .describe('Id för punkter som måste bockas av / ids of required items'),
        links: z
          .array(itemLinkSchema)
          .default([])
          .describe(
            'Länkar till enhetens rutiner per punkt / links to the unit’s routines by item: [{item, url, text}]',
          ),
      })
      .prefault({}),
    routines: z
      .array(routineLinkSchema)
      .default([])
      .describe(
        'Länkar till enhetens rutiner under checklistan / routine links under the checklist: [{text, url}]',
      ),
    reminders: z
      .object({
        afterCall: z
          .boolean()
          .default(true)
          .describe('Påminnelse om dokumentation efter videomöte / reminder after a video meeting'),
        afterReply: z
          .boolean()
          .default(true)
          .describe('Påminnelse om dokumentation efter skriftligt svar / reminder after a written reply'),
        callSteps: z
          .array(reminderStepSchema)
          .optional()
          .describe(
            'Stegen efter videomöte, ersätter de inbyggda / steps after a video meeting: [{text, url, urlText}]',
          ),
        replySteps: z
          .array(reminderStepSchema)
          .optional()
          .describe(
            'Stegen efter skriftligt svar, ersätter de inbyggda / steps after a written reply: [{text, url, urlText, portals}]',
          ),
        deviation: z
          .object({
            text: z
              .string()
              .default('')
              .describe('Text om avvikelserapportering (tomt: inbyggd) / wording of the deviation line'),
            url: z
              .string()
              .refine((value) => value === '' || isHttpUrl(value), { message: 'invalid-url' })
              .default('')
              .describe('Adress för avvikelserapport i MedControl PRO / where deviations are reported'),
          })
          .prefault({}),
        missedMeeting: z
          .object({
            text: z
              .string()
              .default('')
              .describe(
                'Steget när patienten inte kom till videomötet (tomt: inbyggt) / ' +
                  'the step when the patient did not come to the video meeting (empty: built-in)',
              ),
            url: z
              .string()
              .refine((value) => value === '' || isHttpUrl(value), { message: 'invalid-url' })
              .default(ELVIS_ROUTINES_URL)
              .describe(
                'Elvis-rutinen Distanskontakter för uteblivet digitalt vårdmöte (tomt: ingen länk) / ' +
                  'the Elvis routine for a missed digital meeting (empty: no link)',
              ),
          })
          .prefault({})
          .describe(
            '”Patienten kom inte” i påminnelsen efter videomöte / "the patient did not come" in the after-meeting reminder',
          ),
      })
      .prefault({}),
  })
  .prefault({});

export type ChecklistSettings = z.output<typeof checklistSettingsSchema>;
export type AddedItem = z.output<typeof addedItemSchema>;
export type ReminderStepSetting = z.output<typeof reminderStepSchema>;
