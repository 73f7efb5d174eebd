/**
 * The single-page app: one address (/nord/app), views by the part after "#". The list is fetched and drawn after
 * the page has loaded; every row's link differs from the others only after "#".
 */
interface Message {
  id: string;
  at: string;
  status: string;
}

const root = document.querySelector<HTMLElement>('#app');
let messages: Message[] = [];

function shown(at: string): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(at));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${Number(get('day'))} ${get('month').replace('.', '')} ${get('year')} ${get('hour')}:${get('minute')}`;
}

function cell(text: string, className: string): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

function drawList(): void {
  if (!root) return;
  const view = document.createElement('div');
  view.dataset.appView = 'lista';
  const heading = document.createElement('h1');
  heading.textContent = 'Meddelanden';
  const list = document.createElement('div');
  list.setAttribute('role', 'table');
  list.setAttribute('aria-label', 'Meddelanden');
  for (const message of messages) {
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    row.className = 'row-3f';
    const link = document.createElement('a');
    link.href = `#/meddelande/${message.id}`;
    link.textContent = `Meddelande ${message.id.slice(2)}`;
    row.append(link, cell(shown(message.at), 'when-8'), cell(message.status, 'st-2'));
    list.append(row);
  }
  view.append(heading, list);
  root.replaceChildren(view);
}

function drawMessage(id: string): void {
  if (!root) return;
  const message = messages.find((entry) => entry.id === id);
  const view = document.createElement('div');
  view.dataset.appView = 'meddelande';
  const back = document.createElement('a');
  back.href = '#/';
  back.textContent = 'Tillbaka';
  view.append(back);
  if (message) view.append(cell(shown(message.at), 'when-8'), cell(message.status, 'st-2'));
  root.replaceChildren(view);
}

function route(): void {
  const match = /^#\/meddelande\/([\w-]+)$/.exec(location.hash);
  if (match?.[1]) drawMessage(match[1]);
  else drawList();
}

window.addEventListener('hashchange', route);
setTimeout(() => {
  void fetch('/nord/api/app')
    .then((response) => response.json() as Promise<Message[]>)
    .then((data) => {
      messages = data;
      route();
    });
}, 400);
