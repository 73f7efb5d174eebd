import { z } from 'zod';
import { presenceSettingsSchema } from './presence/settings';
import { checklistSettingsSchema } from './checklist/settings';
import { signatureSettingsSchema } from './signature/settings';
import { deadlinesSettingsSchema } from './deadlines/settings';
import { callOverlaySettingsSchema } from './call-overlay/settings';
import { cameraSettingsSchema } from '../camera/settings';
import { childrenSettingsSchema } from './children/settings';

/** Each check's settings, under its id. Adding a check adds one line here and one in ./registry.ts. */
export const CHECK_SETTINGS = z
  .object({
    presence: presenceSettingsSchema,
    checklist: checklistSettingsSchema,
    signature: signatureSettingsSchema,
    deadlines: deadlinesSettingsSchema,
    callOverlay: callOverlaySettingsSchema,
    children: childrenSettingsSchema,
    // The camera test page and the in-call overlay share these limits; the camera test is an extension page.
    camera: cameraSettingsSchema,
  })
  .prefault({});
