/** Calendar, tab "Mina möten": today's video meetings, each with a "Ring" button that opens the meeting room. */
import { api, type Meeting } from './api.ts';
import type { AppContext, View } from './app.ts';
import { h, icon } from './dom.ts';
import { clock, formatRelative } from './relative-time.ts';

export function calendarView(context: AppContext): View {
  const notice = context.takeFlash();
  const list = h('ul', { class: 'vc-appointment-list', role: 'list' });
  const loading = h('div', { class: 'vc-loading', role: 'status' }, 'Hämtar möten …');

  const element = h(
    'section',
    { class: 'vc-calendar', 'aria-labelledby': 'vc-calendar-heading' },
    notice ? h('div', { class: 'vc-flash', role: 'status' }, notice) : null,
    h('div', { class: 'vc-page-head' }, h('h1', { id: 'vc-calendar-heading' }, 'Kalender')),
    h(
      'div',
      { class: 'vc-tabs', role: 'tablist', 'aria-label': 'Kalendervyer' },
      h('a', { role: 'tab', href: '/kalender', 'aria-selected': 'true' }, 'Mina möten'),
    ),
    loading,
    list,
  );

  function appointment(meeting: Meeting): HTMLLIElement {
    const start = new Date(meeting.start);
    const end = new Date(start.getTime() + meeting.minutes * 60_000);
    return h(
      'li',
      { class: 'vc-appointment', 'data-meeting-id': meeting.id },
      h('span', { class: 'vc-appointment-time' }, `${formatRelative(start, new Date())}–${clock(end)}`),
      h(
        'span',
        { class: 'vc-appointment-main' },
        h('span', { class: 'vc-patient-name' }, meeting.patientName),
        h('span', { class: 'vc-appointment-reason' }, `Videomöte · ${meeting.reason}`),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'vc-button vc-button--primary vc-call-button',
          onclick: () => context.navigate(`/mote/${meeting.id}`),
        },
        icon('camera'),
        ' Ring',
      ),
    );
  }

  void api
    .meetings()
    .then(({ items }) => {
      loading.remove();
      list.replaceChildren(...items.map(appointment));
    })
    .catch(() => {
      loading.textContent = 'Mötena kunde inte hämtas.';
    });

  return { element, title: 'Kalender' };
}
