import type { ChecklistGroup } from './groups';

/** What the computer can judge for an item by itself. */
export type AutoSource =
  | 'cameraPresent'
  | 'browser'
  | 'headset'
  | 'cameraFraming'
  | 'cameraPeople'
  | 'cameraBackground'
  | 'cameraLighting'
  | 'cameraHeight'
  | 'cameraBadge';

export interface BuiltInItem {
  id: string;
  group: ChecklistGroup;
  /** Locale key of the wording (from the guideline). */
  textKey: string;
  auto?: AutoSource;
  /** A link to the routine the guideline names, when the guideline gives its address. */
  link?: { url: string; textKey: string };
  /** The link follows this routine link of the children check (`checks.children.links`), which IT sets by policy. */
  routineLink?: 'children' | 'identification';
  /** The item offers the printable door sign. */
  doorSign?: boolean;
}

/** The guideline's references 6 (routine for login and identification) and the flows for children. */
export const IDENTIFICATION_ROUTINE =
  'https://mellanarkiv-offentlig.vgregion.se/alfresco/s/archive/stream/public/v1/source/available/sofia/rs5006-519590699-227/surrogate/Rutin%20Inloggning%20och%20identifiering%20f%c3%b6r%20Digitala%20v%c3%a5rdm%c3%b6ten%20i%20VGR_v2.pdf';
export const CHILDREN_IN_VARD_OCH_HALSA =
  'https://mellanarkiv-offentlig.vgregion.se/alfresco/s/archive/stream/public/v1/source/available/sofia/rs13010-1891656052-91/surrogate/Barn%20i%20V%c3%a5rd%20och%20h%c3%a4lsa.pdf';

/**
 * The checklist before a video meeting, from the guideline's sections Förberedelser (technical equipment),
 * Omgivning, Klädsel, Distansarbete and Inloggning och identitetskontroll, in that order. The ids are stable: IT's
 * policy and the local counts refer to them.
 */
export const BUILT_IN_ITEMS: readonly BuiltInItem[] = [
  { id: 'computer-camera', group: 'technology', textKey: 'itemComputerCamera', auto: 'cameraPresent' },
  { id: 'browser', group: 'technology', textKey: 'itemBrowser', auto: 'browser' },
  { id: 'headset', group: 'technology', textKey: 'itemHeadset', auto: 'headset' },
  { id: 'wired-network', group: 'technology', textKey: 'itemWiredNetwork' },
  { id: 'private-room', group: 'environment', textKey: 'itemPrivateRoom' },
  { id: 'door-sign', group: 'environment', textKey: 'itemDoorSign', doorSign: true },
  { id: 'nobody-in-view', group: 'environment', textKey: 'itemNobodyInView', auto: 'cameraPeople' },
  { id: 'background', group: 'environment', textKey: 'itemBackground', auto: 'cameraBackground' },
  { id: 'lighting', group: 'environment', textKey: 'itemLighting', auto: 'cameraLighting' },
  { id: 'eye-contact', group: 'environment', textKey: 'itemEyeContact', auto: 'cameraHeight' },
  { id: 'camera-framing', group: 'environment', textKey: 'itemCameraFraming', auto: 'cameraFraming' },
  { id: 'clothing', group: 'clothing', textKey: 'itemClothing' },
  { id: 'name-badge', group: 'clothing', textKey: 'itemNameBadge', auto: 'cameraBadge' },
  { id: 'remote-approved', group: 'remoteWork', textKey: 'itemRemoteApproved' },
  { id: 'remote-tech-tested', group: 'remoteWork', textKey: 'itemRemoteTechTested' },
  {
    id: 'patient-eid',
    group: 'patientIdentity',
    textKey: 'itemPatientEid',
    link: { url: IDENTIFICATION_ROUTINE, textKey: 'linkIdentificationRoutine' },
    routineLink: 'identification',
  },
  {
    id: 'guardian-child',
    group: 'patientIdentity',
    textKey: 'itemGuardianChild',
    link: { url: CHILDREN_IN_VARD_OCH_HALSA, textKey: 'linkChildrenRoutine' },
    routineLink: 'children',
  },
];
