import type { CheckDefinition } from './types';
import { presenceCheck } from './presence';

/** Every check, in start order. Adding a check adds one line here and one in ./settings.ts. */
export const CHECKS: readonly CheckDefinition[] = [presenceCheck];
