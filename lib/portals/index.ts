import { portal1177 } from './1177/index';
import { portalSob } from './sob/index';
import type { BuiltInPortal } from './types';
import { portalVardochhalsa } from './vardochhalsa/index';

/** Every portal the extension knows. */
export const PORTALS: readonly BuiltInPortal[] = [portal1177, portalVardochhalsa, portalSob];
