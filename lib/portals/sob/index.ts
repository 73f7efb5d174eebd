import type { BuiltInPortal } from '../types';

/**
 * Stöd och behandling (Inera): internet-based support and treatment programs ("moment"); the therapist answers
 * the resident's messages within the program's own answer time ("Svarstid: 2 vardagar").
 *
 * The therapist's views are not public. The selectors match the project's replica (tests/replicas/sob, see its
 * PROVENANCE.md); IT adjusts them by policy (`portals.sob`).
 */
export const portalSob: BuiltInPortal = {
  id: 'sob',
  name: 'Stöd och behandling',
  urlPatterns: [
    // Assumed real host: Region Skåne names the design tool dv.personal.sob.1177.se, so the care environment is
    // assumed to be personal.sob.1177.se (not confirmed).
    'https://personal.sob.1177.se/*',
    // The local replica (match patterns ignore ports).
    'http://sob.localhost/*',
  ],
  pages: {
    // "Mina moment": the therapist's programs, each with its answer time and count of unanswered messages.
    inbox: { paths: ['^/$'] },
    // A moment's message tab is both the list of the resident's messages (rows) and the place to answer them. A
    // page has one kind, so it is a case page: checks that mark rows must run on case pages here.
    case: { paths: ['^/moment/\\w+/?$'] },
  },
  selectors: {
    // The resident's messages only (the therapist's own replies carry no status). replica markup, seen 2026-11-25
    messageRow: ['li.sob-meddelande--in'],
    // Inside a row: "25 nov 2026 14:32". Inside the case view: the oldest unanswered message, shown first.
    // replica markup, seen 2026-11-25
    messageArrival: ['.sob-tid'],
    // replica markup, seen 2026-11-25
    messageStatus: ['.sob-status'],
    // The case view is the moment's message tab; its summary line comes before the list. replica markup, seen
    // 2026-11-25
    caseView: ['section.sob-meddelanden'],
    // The moment's header: the program's name (the key of IT's per-program rule, `services.sob.programs.<name>`)
    // and the answer time the program states. replica markup, seen 2026-11-25
    programName: ['.sob-moment-huvud h1', 'article.sob-moment h1'],
    answerTime: ['.sob-svarstid'],
    // A React-controlled <textarea>: only real input events reach the app's state. replica markup, seen 2026-11-25
    replyField: ['textarea.sob-svarsfalt', 'form.sob-svarsformular textarea'],
    // replica markup, seen 2026-11-25
    sendButton: ['form.sob-svarsformular button[type="submit"]'],
    // The moment's facts: "Personnummer" under "Invånare" (the therapist's views are not public). replica markup,
    // seen 2026-12-06
    patientIdentity: ['article.sob-moment .sob-moment-fakta .sob-personnummer'],
  },
  statusWords: { open: ['obesvarat'], answered: ['besvarat'], closed: ['hanterat'] },
  messageKey: { from: 'link' },
};
