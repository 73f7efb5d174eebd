import type { CheckDefinition } from './types';
import { presenceCheck } from './presence';
import { checklistCheck } from './checklist';
import { signatureCheck } from './signature';
import { deadlinesCheck } from './deadlines';
import { callOverlayCheck } from './call-overlay';
import { childrenCheck } from './children';

/** Every check, in start order. Adding a check adds one line here and one in ./settings.ts. */
export const CHECKS: readonly CheckDefinition[] = [
  presenceCheck,
  checklistCheck,
  signatureCheck,
  deadlinesCheck,
  callOverlayCheck,
  childrenCheck,
];
