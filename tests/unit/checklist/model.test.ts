import { describe, expect, it } from 'vitest';
import { buildChecklist } from '@/lib/checks/checklist/model';
import { BUILT_IN_ITEMS } from '@/lib/checks/checklist/items';
import { resolveSettings } from '@/lib/settings/effective';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const translate = (key: string) => `«${key}»`;
const checklistOf = (policy: unknown) =>
  buildChecklist(resolveSettings({ checks: { checklist: policy } }, {}).settings.checks.checklist, translate);

describe('the checklist as the guideline has it', () => {
  const model = buildChecklist(DEFAULT_SETTINGS.checks.checklist, translate);

  it("groups the items in the guideline's order", () => {
    expect(model.groups.map((group) => group.title)).toEqual([
      '«checklistGroupTechnology»',
      '«checklistGroupEnvironment»',
      '«checklistGroupClothing»',
      '«checklistGroupRemoteWork»',
      '«checklistGroupPatientIdentity»',
    ]);
    expect(model.items.map((item) => item.id)).toEqual(BUILT_IN_ITEMS.map((item) => item.id));
    expect(model.problems).toEqual([]);
  });

  it('marks the items the computer can judge, and offers the door sign on its item', () => {
    const auto = Object.fromEntries(
      model.items.filter((item) => item.auto).map((item) => [item.id, item.auto]),
    );
    expect(auto).toEqual({
      'computer-camera': 'cameraPresent',
      browser: 'browser',
      headset: 'headset',
      'nobody-in-view': 'cameraPeople',
      background: 'cameraBackground',
      lighting: 'cameraLighting',
      'eye-contact': 'cameraHeight',
      'camera-framing': 'cameraFraming',
      'name-badge': 'cameraBadge',
    });
    expect(model.items.filter((item) => item.doorSign).map((item) => item.id)).toEqual(['door-sign']);
    expect(model.items.some((item) => item.required)).toBe(false);
  });
});

describe("IT's policy shapes the checklist", () => {
  const model = checklistOf({
    items: {
      add: [
        { id: 'tolk', group: 'patientIdentity', text: 'Tolk bokad vid behov', required: true },
        {
          id: 'lakemedel',
          group: 'technology',
          text: 'Läkemedelslistan öppen',
          url: 'https://intra.example/rutin',
          urlText: 'Rutin för läkemedel',
        },
      ],
      remove: ['wired-network'],
      reword: { 'name-badge': 'Namnbricka med yrkestitel synlig' },
      required: ['door-sign', 'patient-eid'],
      links: [
        { item: 'remote-approved', url: 'https://intra.example/distans', text: 'Distansarbete inom VGR' },
      ],
    },
    routines: [{ text: 'Enhetens rutin för videobesök', url: 'https://intra.example/video' }],
  });
  const item = (id: string) => model.items.find((entry) => entry.id === id);

  it('adds items to their group, after the built-in ones', () => {
    const identity = model.groups.find((group) => group.group === 'patientIdentity');
    expect(identity?.items.map((entry) => entry.id)).toEqual(['patient-eid', 'guardian-child', 'tolk']);
    expect(item('tolk')).toMatchObject({ text: 'Tolk bokad vid behov', required: true, fromPolicy: true });
    expect(item('lakemedel')?.link).toEqual({
      url: 'https://intra.example/rutin',
      text: 'Rutin för läkemedel',
    });
  });

  it('removes, rewords, marks required and links', () => {
    expect(item('wired-network')).toBeUndefined();
    expect(item('name-badge')?.text).toBe('Namnbricka med yrkestitel synlig');
    expect(model.items.filter((entry) => entry.required).map((entry) => entry.id)).toEqual([
      'door-sign',
      'patient-eid',
      'tolk',
    ]);
    expect(item('remote-approved')?.link).toEqual({
      url: 'https://intra.example/distans',
      text: 'Distansarbete inom VGR',
    });
    expect(model.routines).toEqual([
      { text: 'Enhetens rutin för videobesök', url: 'https://intra.example/video' },
    ]);
  });

  it('lists entries that name no item, and an added item that reuses an id, instead of failing', () => {
    const odd = checklistOf({
      items: {
        add: [{ id: 'headset', group: 'technology', text: 'Ett andra headset' }],
        remove: ['finns-inte'],
        reword: { 'finns-inte-heller': 'x' },
        required: ['saknas'],
      },
    });
    expect(odd.problems).toEqual([
      { field: 'items.add', id: 'headset', reason: 'duplicate-id' },
      { field: 'items.reword', id: 'finns-inte-heller', reason: 'unknown-item' },
      { field: 'items.required', id: 'saknas', reason: 'unknown-item' },
      { field: 'items.remove', id: 'finns-inte', reason: 'unknown-item' },
    ]);
    expect(odd.items.filter((entry) => entry.id === 'headset')).toHaveLength(1);
  });

  it('drops a malformed entry with the reason, and keeps the rest of the policy', () => {
    const resolved = resolveSettings(
      {
        checks: {
          checklist: {
            items: {
              add: [
                { id: 'ok-punkt', group: 'clothing', text: 'Förkläde' },
                { id: 'Fel Id', group: 'clothing', text: 'x' },
                { id: 'utan-grupp', text: 'x' },
                { id: 'dalig-lank', group: 'clothing', text: 'x', url: 'javascript:alert(1)' },
              ],
              remove: ['browser', 42],
            },
            reminders: { deviation: { url: 'inte en adress' }, afterReply: false },
          },
        },
      },
      {},
    );
    const checklist = resolved.settings.checks.checklist;
    expect(checklist.items.add.map((entry) => entry.id)).toEqual(['ok-punkt']);
    expect(checklist.items.remove).toEqual(['browser']);
    expect(checklist.reminders.deviation.url).toBe('');
    expect(checklist.reminders.afterReply).toBe(false);
    expect(resolved.policyProblems.map((problem) => problem.path)).toEqual([
      'checks.checklist.items.add.1',
      'checks.checklist.items.add.2',
      'checks.checklist.items.add.3',
      'checks.checklist.items.remove.1',
      'checks.checklist.reminders.deviation.url',
    ]);
  });
});

describe('the patient-identity items’ links', () => {
  const linkOf = (model: ReturnType<typeof buildChecklist>, id: string) =>
    model.items.find((item) => item.id === id)?.link?.url;

  it('follow the children check’s routine links (IT’s policy), the same the hint in the page shows', () => {
    const settings = resolveSettings(
      {
        checks: {
          children: { links: { children: 'https://intra.example/barn', identification: '' } },
        },
      },
      {},
    ).settings;
    const model = buildChecklist(settings.checks.checklist, translate, settings.checks.children.links);
    expect(linkOf(model, 'guardian-child')).toBe('https://intra.example/barn');
    // Left out by IT: no link rather than the default.
    expect(linkOf(model, 'patient-eid')).toBeUndefined();
    // Defaults: the guideline's public pages, as before.
    const defaults = buildChecklist(
      DEFAULT_SETTINGS.checks.checklist,
      translate,
      DEFAULT_SETTINGS.checks.children.links,
    );
    expect(linkOf(defaults, 'guardian-child')).toBe(DEFAULT_SETTINGS.checks.children.links.children);
  });

  it('a link set for the item itself wins', () => {
    const settings = resolveSettings(
      {
        checks: {
          children: { links: { children: 'https://intra.example/barn' } },
          checklist: { items: { links: [{ item: 'guardian-child', url: 'https://intra.example/bvc' }] } },
        },
      },
      {},
    ).settings;
    const model = buildChecklist(settings.checks.checklist, translate, settings.checks.children.links);
    expect(linkOf(model, 'guardian-child')).toBe('https://intra.example/bvc');
  });
});
