import { CHECKLIST_GROUPS, GROUP_TITLE_KEYS, type ChecklistGroup } from './groups';
import { BUILT_IN_ITEMS, type AutoSource } from './items';
import type { ChecklistSettings } from './settings';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface ChecklistItem {
  id: string;
  group: ChecklistGroup;
  text: string;
  required: boolean;
  link?: { url: string; text: string };
  auto?: AutoSource;
  doorSign: boolean;
  /** Added by IT's policy (not one of the guideline's items). */
  fromPolicy: boolean;
}

export interface ChecklistModel {
  groups: { group: ChecklistGroup; title: string; items: ChecklistItem[] }[];
  items: ChecklistItem[];
  routines: { text: string; url: string }[];
  /** Policy entries that name no item (a typo, or an item since removed): listed for IT, never thrown. */
  problems: { field: string; id: string; reason: 'unknown-item' | 'duplicate-id' }[];
}

/** The routine links the children check shows (`checks.children.links`): the patient-identity items use them too. */
export type RoutineLinks = Record<'children' | 'identification', string>;

function linkOf(
  item: (typeof BUILT_IN_ITEMS)[number],
  translate: Translate,
  routineLinks: RoutineLinks | undefined,
): ChecklistItem['link'] {
  if (!item.link) return undefined;
  const url = item.routineLink && routineLinks ? routineLinks[item.routineLink] : item.link.url;
  return url ? { url, text: translate(item.link.textKey) } : undefined;
}

/**
 * The checklist as IT's policy shapes it: built-in items, then added ones; removed, reworded, required, linked.
 * `routineLinks`: the children check's links, so that the hint in the page and the checklist point to the same
 * routines (an empty one leaves the item without a link); a link set for the item itself (`items.links`) wins.
 */
export function buildChecklist(
  settings: ChecklistSettings,
  translate: Translate,
  routineLinks?: RoutineLinks,
): ChecklistModel {
  const policy = settings.items;
  const problems: ChecklistModel['problems'] = [];
  const builtInIds = new Set(BUILT_IN_ITEMS.map((item) => item.id));
  const items: ChecklistItem[] = BUILT_IN_ITEMS.map((item) => ({
    id: item.id,
    group: item.group,
    text: translate(item.textKey),
    required: false,
    link: linkOf(item, translate, routineLinks),
    auto: item.auto,
    doorSign: item.doorSign ?? false,
    fromPolicy: false,
  }));
  for (const added of policy.add) {
    if (builtInIds.has(added.id) || items.some((item) => item.id === added.id)) {
      problems.push({ field: 'items.add', id: added.id, reason: 'duplicate-id' });
      continue;
    }
    items.push({
      id: added.id,
      group: added.group,
      text: added.text,
      required: added.required ?? false,
      link: added.url
        ? { url: added.url, text: added.urlText ?? translate('checklistRoutineLink') }
        : undefined,
      doorSign: false,
      fromPolicy: true,
    });
  }
  const byId = new Map(items.map((item) => [item.id, item]));
  const find = (field: string, id: string): ChecklistItem | undefined => {
    const item = byId.get(id);
    if (!item) problems.push({ field, id, reason: 'unknown-item' });
    return item;
  };
  for (const [id, text] of Object.entries(policy.reword)) {
    const item = find('items.reword', id);
    if (item) item.text = text;
  }
  for (const id of policy.required) {
    const item = find('items.required', id);
    if (item) item.required = true;
  }
  for (const link of policy.links) {
    const item = find('items.links', link.item);
    if (item) item.link = { url: link.url, text: link.text ?? translate('checklistRoutineLink') };
  }
  const removed = new Set(policy.remove.filter((id) => find('items.remove', id)));
  const kept = items.filter((item) => !removed.has(item.id));
  return {
    groups: CHECKLIST_GROUPS.map((group) => ({
      group,
      title: translate(GROUP_TITLE_KEYS[group]),
      items: kept.filter((item) => item.group === group),
    })).filter((group) => group.items.length > 0),
    items: CHECKLIST_GROUPS.flatMap((group) => kept.filter((item) => item.group === group)),
    routines: settings.routines,
    problems,
  };
}
