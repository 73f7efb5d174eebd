/**
 * Stöd och behandling replica: the therapist's view as a React 19 app. Written without JSX (the project's JSX is
 * Preact's). The reply field is a controlled <textarea>: its text lives in React state, React writes that state
 * back into the field on every render, and "Skicka" sends the state, so the sent message shows what React saw.
 */
import { createElement as h, memo, useCallback, useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

interface MomentSummary {
  id: string;
  program: string;
  invanare: string;
  behandlare: string;
  fas: string;
  modul: string;
  svarstid: string;
  startad: string;
  obesvarade: number;
  aldstaObesvarade: string | null;
  senasteInkomna: string | null;
  flaggor: number;
}

interface Message {
  id: string;
  direction: 'in' | 'out';
  author: string;
  tid: string;
  text: string;
  status: 'obesvarat' | 'besvarat' | 'hanterat' | null;
  flag: 'prioriterad' | 'paminnelse' | null;
}

interface MomentFull extends MomentSummary {
  personnummer: string;
  meddelanden: Message[];
}

const STATUS_LABEL = { obesvarat: 'Obesvarat', besvarat: 'Besvarat', hanterat: 'Hanterat' } as const;
const FLAG_LABEL = { prioriterad: 'Prioriterad flagga', paminnelse: 'Påminnelse' } as const;
const POLL_MS = 3000;

async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  if (!response.ok) throw new Error(`${response.status} ${path}`);
  return (await response.json()) as T;
}

function Layout({ children }: { children: ReactNode }) {
  return h(
    'div',
    { className: 'sob-app' },
    h(
      'header',
      { className: 'sob-sidhuvud' },
      h(
        'a',
        { className: 'sob-logo', href: '/' },
        h('span', { className: 'sob-logo-mark' }, 'SoB'),
        'Stöd och behandling',
      ),
      h('span', { className: 'sob-enhet' }, 'Psykiatri Exempelby, internetbehandling'),
      h('span', { className: 'sob-inloggad' }, 'Eva Exempeldotter · Behandlare'),
    ),
    h(
      'nav',
      { className: 'sob-meny', 'aria-label': 'Huvudmeny' },
      h('a', { href: '/', 'aria-current': location.pathname === '/' ? 'page' : undefined }, 'Mina moment'),
      h('a', { href: '#', 'aria-disabled': 'true' }, 'Flaggor och påminnelser'),
      h('a', { href: '#', 'aria-disabled': 'true' }, 'Hjälp'),
    ),
    h('main', { className: 'sob-innehall' }, children),
  );
}

function MomentList() {
  const [moments, setMoments] = useState<MomentSummary[] | null>(null);
  useEffect(() => {
    void getJson<MomentSummary[]>('/api/moment').then(setMoments);
  }, []);
  if (!moments) return h('p', { className: 'sob-laddar', role: 'status' }, 'Hämtar moment …');
  return h(
    'section',
    { className: 'sob-momentlista-sektion' },
    h('h1', null, 'Mina moment'),
    h(
      'table',
      { className: 'sob-momentlista' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ['Program', 'Invånare', 'Fas', 'Svarstid', 'Obesvarade', 'Flaggor'].map((title) =>
            h('th', { key: title, scope: 'col' }, title),
          ),
        ),
      ),
      h(
        'tbody',
        null,
        moments.map((m) =>
          h(
            'tr',
            { key: m.id, className: 'sob-moment-rad', 'data-moment-id': m.id },
            h(
              'td',
              null,
              h('a', { className: 'sob-moment-lank', href: `/moment/${m.id}` }, m.program),
              h('div', { className: 'sob-dampad' }, m.modul),
            ),
            h('td', null, m.invanare),
            h('td', null, m.fas),
            h('td', { className: 'sob-svarstid-cell' }, m.svarstid),
            h('td', null, m.obesvarade > 0 ? h('span', { className: 'sob-antal' }, m.obesvarade) : '–'),
            h(
              'td',
              null,
              m.flaggor > 0
                ? h('span', { className: 'sob-flagga sob-flagga--prioriterad' }, `${m.flaggor} flagga`)
                : '–',
            ),
          ),
        ),
      ),
    ),
  );
}

const MessageRow = memo(function MessageRow({ message }: { message: Message }) {
  const incoming = message.direction === 'in';
  return h(
    'li',
    {
      className: `sob-meddelande sob-meddelande--${incoming ? 'in' : 'ut'}`,
      'data-meddelande-id': message.id,
      id: `meddelande-${message.id}`,
    },
    h(
      'div',
      { className: 'sob-meddelande-huvud' },
      h('span', { className: 'sob-avsandare' }, incoming ? message.author : `${message.author} (behandlare)`),
      h('span', { className: 'sob-tid' }, message.tid),
      incoming && message.status
        ? h('span', { className: `sob-status sob-status--${message.status}` }, STATUS_LABEL[message.status])
        : null,
      message.flag
        ? h('span', { className: `sob-flagga sob-flagga--${message.flag}` }, FLAG_LABEL[message.flag])
        : null,
    ),
    h('p', { className: 'sob-meddelande-text' }, message.text),
  );
});

const MessageList = memo(function MessageList({ messages }: { messages: Message[] }) {
  return h(
    'ol',
    { className: 'sob-meddelandelista', 'aria-label': 'Meddelanden i tidsordning' },
    messages.map((m) => h(MessageRow, { key: m.id, message: m })),
  );
});

function ReplyForm({
  moment,
  onSent,
  syncedAt,
}: {
  moment: MomentFull;
  onSent: (m: MomentFull) => void;
  syncedAt: string;
}) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const send = async () => {
    if (draft.trim() === '') {
      setError('Skriv ett meddelande innan du skickar.');
      return;
    }
    setSending(true);
    setError(null);
    try {
      const updated = await getJson<MomentFull>(`/api/moment/${moment.id}/meddelanden`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: draft }),
      });
      setDraft('');
      onSent(updated);
    } catch {
      setError('Meddelandet kunde inte skickas. Försök igen.');
    } finally {
      setSending(false);
    }
  };

  return h(
    'form',
    {
      className: 'sob-svarsformular',
      onSubmit: (event: { preventDefault(): void }) => {
        event.preventDefault();
        void send();
      },
    },
    h('label', { htmlFor: 'sob-svar' }, `Nytt meddelande till ${moment.invanare}`),
    h('textarea', {
      id: 'sob-svar',
      name: 'meddelande',
      className: 'sob-svarsfalt',
      rows: 6,
      value: draft,
      onChange: (event: { target: HTMLTextAreaElement }) => setDraft(event.target.value),
      placeholder: 'Skriv ditt meddelande …',
    }),
    error ? h('p', { className: 'sob-fel', role: 'alert' }, error) : null,
    h(
      'div',
      { className: 'sob-knapprad' },
      h('span', { className: 'sob-dampad sob-raknare' }, `${draft.length} tecken · uppdaterad ${syncedAt}`),
      h(
        'button',
        { type: 'submit', className: 'sob-knapp sob-knapp--primar', disabled: sending },
        sending ? 'Skickar …' : 'Skicka',
      ),
    ),
  );
}

function clock(): string {
  return new Date().toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

function MomentView({ id }: { id: string }) {
  const [moment, setMoment] = useState<MomentFull | null>(null);
  const [failed, setFailed] = useState(false);
  const [syncedAt, setSyncedAt] = useState(clock());

  const load = useCallback(async () => {
    try {
      setMoment(await getJson<MomentFull>(`/api/moment/${id}${location.search}`));
    } catch {
      setFailed(true);
    }
  }, [id]);

  useEffect(() => {
    void load();
    let version: number | null = null;
    // Polls for news; every tick re-renders the view (as the real app's timers would), which puts React's
    // state back into the controlled reply field.
    const timer = setInterval(async () => {
      try {
        const latest = (await getJson<{ version: number }>('/api/version')).version;
        if (version !== null && latest !== version) await load();
        version = latest;
      } catch {
        // try again on the next tick
      }
      setSyncedAt(clock());
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  if (failed) return h('p', { role: 'alert' }, 'Momentet finns inte.');
  if (!moment) return h('p', { className: 'sob-laddar', role: 'status' }, 'Hämtar momentet …');

  return h(
    'article',
    { className: 'sob-moment', 'data-moment-id': moment.id },
    h('p', { className: 'sob-brodsmula' }, h('a', { href: '/' }, 'Mina moment'), ' › ', moment.program),
    h(
      'header',
      { className: 'sob-moment-huvud' },
      h('h1', null, moment.program),
      h(
        'dl',
        { className: 'sob-moment-fakta' },
        h('div', null, h('dt', null, 'Invånare'), h('dd', null, moment.invanare)),
        h(
          'div',
          null,
          h('dt', null, 'Personnummer'),
          h('dd', { className: 'sob-personnummer' }, moment.personnummer),
        ),
        h('div', null, h('dt', null, 'Behandlare'), h('dd', null, moment.behandlare)),
        h('div', null, h('dt', null, 'Fas'), h('dd', null, moment.fas)),
        h('div', null, h('dt', null, 'Aktuell modul'), h('dd', null, moment.modul)),
        h('div', null, h('dt', null, 'Startat'), h('dd', null, moment.startad)),
      ),
      h('p', { className: 'sob-svarstid' }, moment.svarstid),
    ),
    h(
      'div',
      { className: 'sob-flikar', role: 'tablist' },
      h('a', { role: 'tab', 'aria-selected': 'true', href: `/moment/${moment.id}` }, 'Meddelanden'),
      ['Översikt', 'Aktivitetsplan', 'Formulär', 'Moduler'].map((label) =>
        h(
          'a',
          { key: label, role: 'tab', 'aria-selected': 'false', href: '#', 'aria-disabled': 'true' },
          label,
        ),
      ),
    ),
    h(
      'section',
      { className: 'sob-meddelanden', 'aria-label': 'Meddelanden', role: 'tabpanel' },
      h(
        'div',
        { className: 'sob-trad-status' },
        moment.aldstaObesvarade
          ? [
              h('span', { key: 'l' }, 'Äldsta obesvarade meddelande: '),
              h('span', { key: 't', className: 'sob-tid' }, moment.aldstaObesvarade),
              h('span', { key: 's', className: 'sob-status sob-status--obesvarat' }, STATUS_LABEL.obesvarat),
            ]
          : [
              h('span', { key: 'l' }, 'Senaste meddelande från invånaren: '),
              h('span', { key: 't', className: 'sob-tid' }, moment.senasteInkomna ?? '–'),
              h('span', { key: 's', className: 'sob-status sob-status--besvarat' }, STATUS_LABEL.besvarat),
            ],
      ),
      h(MessageList, { messages: moment.meddelanden }),
      h(ReplyForm, { moment, onSent: setMoment, syncedAt }),
    ),
  );
}

function App() {
  const match = /^\/moment\/(\w+)\/?$/.exec(location.pathname);
  let view: ReactNode;
  if (location.pathname === '/') view = h(MomentList);
  else if (match) view = h(MomentView, { id: match[1]! });
  else view = h('p', null, 'Sidan finns inte.');
  return h(Layout, null, view);
}

createRoot(document.getElementById('root')!).render(h(App));
