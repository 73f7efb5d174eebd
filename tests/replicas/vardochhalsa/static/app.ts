/**
 * Vård och hälsa replica: single-page app shell, router (history.pushState) and the live-update loop.
 */
import { api } from './api.ts';
import { calendarView } from './calendar.ts';
import { conversationView } from './conversation.ts';
import { h, icon } from './dom.ts';
import { inboxView } from './inbox.ts';
import { meetingView } from './meeting.ts';

export interface View {
  element: HTMLElement;
  title: string;
  /** The video room takes the whole window (the real tool opens it in a tab of its own). */
  fullWindow?: boolean;
  /** Called when the server's data changed (a message arrived, a reply was sent). */
  refresh?(): Promise<void> | void;
  /** Called every 30 s: relative timestamps move on ("idag 23:58" becomes "igår 23:58"). */
  tick?(): void;
  destroy?(): void;
}

export interface NavigateOptions {
  replace?: boolean;
  /** A one-time notice shown by the next view, e.g. "Samtalet har avslutats". */
  flash?: string;
}

export interface AppContext {
  navigate(path: string, options?: NavigateOptions): void;
  /** Takes the pending one-time notice, if any. */
  takeFlash(): string | undefined;
}

const POLL_MS = 2000;
const TICK_MS = 30_000;

const main = h('main', { id: 'vc-main', class: 'vc-main', tabindex: '-1' });
const unreadBadge = h('span', { class: 'vc-nav-badge', hidden: true });
const navLinks = new Map<string, HTMLAnchorElement>();

function navItem(
  path: string,
  label: string,
  iconName: Parameters<typeof icon>[0],
  extra?: Node,
): HTMLLIElement {
  const link = h(
    'a',
    { href: path, class: 'vc-nav-link' },
    icon(iconName),
    h('span', null, label),
    extra ?? null,
  );
  navLinks.set(path, link);
  return h('li', null, link);
}

const shell = h(
  'div',
  { class: 'vc-app' },
  h(
    'header',
    { class: 'vc-topbar' },
    h(
      'a',
      { class: 'vc-brand', href: '/meddelanden' },
      h('span', { class: 'vc-brand-mark' }, 'VGR'),
      'Vård och hälsa',
    ),
    h('span', { class: 'vc-clinic' }, 'Vårdcentralen Exempelby'),
    h('span', { class: 'vc-user', id: 'vc-user' }, ''),
  ),
  h(
    'div',
    { class: 'vc-body' },
    h(
      'nav',
      { class: 'vc-sidenav', 'aria-label': 'Vårdmeny' },
      h(
        'ul',
        null,
        navItem('/kalender', 'Kalender', 'calendar'),
        navItem('/meddelanden', 'Meddelanden', 'inbox', unreadBadge),
        navItem('/bjud-in', 'Bjud in till möte', 'invite'),
      ),
    ),
    main,
  ),
);

let current: View | undefined;
let flash: string | undefined;

const context: AppContext = {
  navigate(path, options = {}) {
    flash = options.flash;
    if (options.replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    render();
  },
  takeFlash() {
    const value = flash;
    flash = undefined;
    return value;
  },
};

function simpleView(title: string, text: string): View {
  return { title, element: h('section', { class: 'vc-page' }, h('h1', null, title), h('p', null, text)) };
}

function route(path: string, search: URLSearchParams): View {
  let match: RegExpExecArray | null;
  if (path === '/meddelanden' || path === '/meddelanden/') return inboxView(context, search);
  if ((match = /^\/meddelanden\/([\w-]+)$/.exec(path))) return conversationView(context, match[1]!);
  if (path === '/kalender') return calendarView(context);
  if ((match = /^\/mote\/([\w-]+)$/.exec(path))) return meetingView(context, match[1]!);
  if (path === '/bjud-in') {
    return simpleView(
      'Bjud in till möte',
      'Bjud in en patient till ett videomöte med mobilnummer. (Inte tillgängligt i testmiljön.)',
    );
  }
  return simpleView('Sidan finns inte', 'Kontrollera adressen eller välj i menyn.');
}

function render(): void {
  if (location.pathname === '/' || location.pathname === '') {
    history.replaceState(null, '', '/meddelanden' + location.search);
  }
  current?.destroy?.();
  const view = route(location.pathname, new URLSearchParams(location.search));
  current = view;
  document.title = `${view.title} – Vård och hälsa`;
  document.body.classList.toggle('vc-full-window', view.fullWindow === true);
  for (const [path, link] of navLinks) {
    if (location.pathname.startsWith(path)) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  main.replaceChildren(view.element);
}

// Same-origin links are handled by the router, as a single-page app does.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
    return;
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.target || link.origin !== location.origin) return;
  event.preventDefault();
  if (link.pathname + link.search !== location.pathname + location.search)
    context.navigate(link.pathname + link.search);
});
window.addEventListener('popstate', render);

let version = 0;
async function updateBadge(): Promise<void> {
  const inbox = await api.inbox('mine', null);
  unreadBadge.textContent = String(inbox.counts.mine);
  unreadBadge.hidden = inbox.counts.mine === 0;
  unreadBadge.setAttribute('aria-label', `${inbox.counts.mine} obesvarade`);
}

async function poll(): Promise<void> {
  try {
    const latest = (await api.version()).version;
    if (latest !== version) {
      const first = version === 0;
      version = latest;
      if (!first) await current?.refresh?.();
      await updateBadge();
    }
  } catch {
    // Offline for a moment: the next poll tries again, as a real app would.
  }
}

document.body.replaceChildren(shell);
render();
void api
  .version()
  .then((v) => {
    version = v.version;
  })
  .catch(() => undefined);
void updateBadge().catch(() => undefined);
void fetch('/api/me')
  .then((r) => r.json() as Promise<{ name: string }>)
  .then((me) => {
    document.getElementById('vc-user')!.textContent = me.name;
  })
  .catch(() => undefined);
setInterval(() => void poll(), POLL_MS);
setInterval(() => current?.tick?.(), TICK_MS);
