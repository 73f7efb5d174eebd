/**
 * Messages inbox: "Mina meddelanden" (cases I picked up) and "Delad inkorg" (the clinic's new and started cases).
 * Rows are keyed by conversation id and updated in place on live changes, as a virtual-DOM framework would.
 */
import { STATUS_LABEL, api, type ConversationSummary, type InboxResponse } from './api.ts';
import type { AppContext, View } from './app.ts';
import { h, initials } from './dom.ts';
import { formatRelative } from './relative-time.ts';

type Sort = 'latest' | 'longestWait' | 'priority';

interface Row {
  element: HTMLLIElement;
  summary: ConversationSummary;
  received: HTMLElement;
  status: HTMLElement;
  snippet: HTMLElement;
}

function createRow(summary: ConversationSummary): Row {
  const received = h('span', { class: 'vc-received-at' });
  const status = h('span', { class: 'vc-status-badge' });
  const snippet = h('span', { class: 'vc-snippet' });
  const element = h(
    'li',
    { class: 'vc-conversation-item', 'data-conversation-id': summary.id },
    h(
      'a',
      { class: 'vc-conversation-link', href: `/meddelanden/${summary.id}` },
      h('span', { class: 'vc-avatar', 'aria-hidden': 'true' }, initials(summary.patientName)),
      h(
        'span',
        { class: 'vc-conversation-main' },
        h(
          'span',
          { class: 'vc-conversation-top' },
          h('span', { class: 'vc-patient-name' }, summary.patientName),
          summary.priority === 'high' ? h('span', { class: 'vc-priority' }, 'Hög prioritet') : null,
        ),
        h('span', { class: 'vc-contact-reason' }, summary.contactReason),
        snippet,
      ),
      summary.staffInvolved.length > 0 && summary.section === 'started'
        ? h(
            'span',
            { class: 'vc-staff-avatars', title: `Vårdpersonal: ${summary.staffInvolved.join(', ')}` },
            summary.staffInvolved.map((name) =>
              h('span', { class: 'vc-avatar vc-avatar--staff' }, initials(name)),
            ),
          )
        : null,
      h('span', { class: 'vc-conversation-meta' }, received, status),
    ),
  );
  const row: Row = { element, summary, received, status, snippet };
  updateRow(row, summary);
  return row;
}

function updateRow(row: Row, summary: ConversationSummary): void {
  row.summary = summary;
  setText(row.received, formatRelative(new Date(summary.receivedAt), new Date()));
  setText(row.status, STATUS_LABEL[summary.status]);
  setClass(row.status, `vc-status-badge vc-status-badge--${summary.status}`);
  setClass(row.element, `vc-conversation-item vc-conversation-item--${summary.status}`);
  setText(row.snippet, summary.snippet);
}

/** Writes only when the text changed, so that observers of the page see no needless mutations. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

function setClass(element: HTMLElement, className: string): void {
  if (element.className !== className) element.className = className;
}

function sorted(items: readonly ConversationSummary[], sort: Sort): ConversationSummary[] {
  const time = (s: ConversationSummary) => new Date(s.receivedAt).getTime();
  const copy = [...items];
  if (sort === 'latest') copy.sort((a, b) => time(b) - time(a));
  if (sort === 'longestWait') {
    const waiting = (s: ConversationSummary) => (s.status === 'open' ? 0 : 1);
    copy.sort((a, b) => waiting(a) - waiting(b) || time(a) - time(b));
  }
  if (sort === 'priority')
    copy.sort((a, b) => Number(b.priority === 'high') - Number(a.priority === 'high') || time(b) - time(a));
  return copy;
}

/** A keyed list: keeps row elements for known ids, moves them into order, drops the rest. */
class KeyedList {
  readonly element = h('ul', { class: 'vc-conversation-list', role: 'list' });
  private rows = new Map<string, Row>();

  render(items: readonly ConversationSummary[]): void {
    const keep = new Set(items.map((s) => s.id));
    for (const [id, row] of this.rows) {
      if (!keep.has(id)) {
        row.element.remove();
        this.rows.delete(id);
      }
    }
    let previous: Element | null = null;
    for (const summary of items) {
      let row = this.rows.get(summary.id);
      if (row) updateRow(row, summary);
      else {
        row = createRow(summary);
        this.rows.set(summary.id, row);
      }
      const expected: Element | null = previous
        ? previous.nextElementSibling
        : this.element.firstElementChild;
      if (expected !== row.element) this.element.insertBefore(row.element, expected);
      previous = row.element;
    }
  }

  tick(): void {
    const now = new Date();
    for (const row of this.rows.values())
      setText(row.received, formatRelative(new Date(row.summary.receivedAt), now));
  }
}

export function inboxView(_context: AppContext, search: URLSearchParams): View {
  const shared = search.get('inkorg') === 'delad';
  const rows = search.get('rows');
  let sort = (shared ? 'longestWait' : 'latest') as Sort;
  let onlyNewReplies = false;
  let data: InboxResponse | undefined;

  const mineCount = h('span', { class: 'vc-count' });
  const sharedCount = h('span', { class: 'vc-count' });
  const loading = h('div', { class: 'vc-loading', role: 'status' }, 'Hämtar meddelanden …');
  const mineList = new KeyedList();
  const newList = new KeyedList();
  const startedList = new KeyedList();
  const empty = h('p', { class: 'vc-empty', hidden: true }, 'Inga meddelanden.');

  const sortSelect = h(
    'select',
    {
      id: 'vc-sort',
      onchange: () => {
        sort = sortSelect.value as Sort;
        draw();
      },
    },
    h('option', { value: 'latest', selected: sort === 'latest' }, 'Senaste först'),
    h('option', { value: 'longestWait', selected: sort === 'longestWait' }, 'Längst väntetid först'),
    h('option', { value: 'priority', selected: sort === 'priority' }, 'Högst prioritet först'),
  );
  const filter = h('input', {
    type: 'checkbox',
    id: 'vc-only-new',
    onchange: () => {
      onlyNewReplies = filter.checked;
      draw();
    },
  });

  const lists = shared
    ? h(
        'div',
        { class: 'vc-shared-sections' },
        h(
          'section',
          { class: 'vc-inbox-section', 'aria-labelledby': 'vc-new-heading' },
          h('h2', { id: 'vc-new-heading' }, 'Nya ärenden'),
          newList.element,
        ),
        h(
          'section',
          { class: 'vc-inbox-section', 'aria-labelledby': 'vc-started-heading' },
          h('h2', { id: 'vc-started-heading' }, 'Påbörjade ärenden'),
          startedList.element,
        ),
      )
    : mineList.element;

  const element = h(
    'section',
    { class: 'vc-inbox', 'aria-labelledby': 'vc-inbox-heading' },
    h(
      'div',
      { class: 'vc-page-head' },
      h('h1', { id: 'vc-inbox-heading' }, 'Meddelanden'),
      h(
        'button',
        {
          type: 'button',
          class: 'vc-button vc-button--primary',
          disabled: true,
          title: 'Inte tillgängligt i testmiljön',
        },
        'Nytt meddelande',
      ),
    ),
    h(
      'div',
      { class: 'vc-tabs', role: 'tablist', 'aria-label': 'Inkorgar' },
      h(
        'a',
        { role: 'tab', href: '/meddelanden', 'aria-selected': String(!shared) },
        'Mina meddelanden ',
        mineCount,
      ),
      h(
        'a',
        { role: 'tab', href: '/meddelanden?inkorg=delad', 'aria-selected': String(shared) },
        'Delad inkorg ',
        sharedCount,
      ),
    ),
    h(
      'div',
      { class: 'vc-inbox-toolbar' },
      h('label', { for: 'vc-sort' }, 'Sortera '),
      sortSelect,
      shared ? h('label', { class: 'vc-check' }, filter, ' Visa bara ärenden med nya svar') : null,
    ),
    loading,
    h('div', { role: 'tabpanel', class: 'vc-tabpanel' }, lists, empty),
  );

  function draw(): void {
    if (!data) return;
    setText(mineCount, String(data.counts.mine));
    setText(sharedCount, String(data.counts.shared));
    let items = data.items;
    if (onlyNewReplies) items = items.filter((s) => s.section === 'started' && s.status === 'open');
    if (shared) {
      newList.render(
        sorted(
          items.filter((s) => s.section === 'new'),
          sort,
        ),
      );
      startedList.render(
        sorted(
          items.filter((s) => s.section === 'started'),
          sort,
        ),
      );
    } else {
      mineList.render(sorted(items, sort));
    }
    empty.hidden = items.length > 0;
  }

  async function load(): Promise<void> {
    try {
      data = await api.inbox(shared ? 'shared' : 'mine', rows);
      loading.remove();
      draw();
    } catch {
      loading.textContent = 'Meddelandena kunde inte hämtas. Försök igen.';
    }
  }
  void load();

  return {
    element,
    title: shared ? 'Delad inkorg' : 'Mina meddelanden',
    refresh: load,
    tick: () => {
      mineList.tick();
      newList.tick();
      startedList.tick();
    },
  };
}
