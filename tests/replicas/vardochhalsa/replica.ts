/**
 * Replica of Vård och hälsa (Visiba Care style) at vardochhalsa.localhost: a single-page app. Every page path
 * returns the same shell; the app loads its data late from JSON endpoints and polls for live changes.
 */
import { fileURLToPath } from 'node:url';
import { CLINICIAN_NAME } from '../people.ts';
import {
  HttpError,
  latency,
  optionalString,
  readJson,
  rowsParam,
  sendJson,
  serveStatic,
  type Replica,
  type ReplicaOptions,
  type ReplicaRequest,
} from '../http.ts';
import {
  addPatientMessage,
  addStaffReply,
  createState,
  ensureMine,
  receivedAt,
  type Conversation,
  type Meeting,
  type VcState,
} from './data.ts';

const STATIC_DIR = fileURLToPath(new URL('./static', import.meta.url));
/** A staff message counts as read by the patient this long after it was sent (drives the read receipt). */
const READ_AFTER_MS = 5000;

export function createVardochhalsaReplica(options: ReplicaOptions): Replica {
  let state: VcState = createState(options.now());

  function find(id: string): Conversation {
    const conversation = state.conversations.find((c) => c.id === id);
    if (!conversation) throw new HttpError(404, 'Konversationen finns inte');
    return conversation;
  }

  function summary(c: Conversation) {
    const last = c.messages.at(-1)!;
    return {
      id: c.id,
      patientName: c.patientName,
      contactReason: c.contactReason,
      assignedTo: c.assignedTo,
      status: c.status,
      priority: c.priority,
      receivedAt: receivedAt(c).toISOString(),
      snippet: last.text.slice(0, 90),
      section: c.assignedTo ? 'mine' : c.messages.some((m) => m.from === 'staff') ? 'started' : 'new',
      staffInvolved: [...new Set(c.messages.filter((m) => m.from === 'staff').map((m) => m.author))],
    };
  }

  function full(c: Conversation, now: Date) {
    return {
      ...summary(c),
      // Only the open conversation shows the number, not the inbox.
      personalNumber: c.personalNumber,
      protectedIdentity: c.protectedIdentity,
      messages: c.messages.map((m) => ({
        id: m.id,
        from: m.from,
        author: m.author,
        at: m.at.toISOString(),
        text: m.text,
        read: m.from === 'staff' ? now.getTime() - m.at.getTime() >= READ_AFTER_MS : undefined,
      })),
    };
  }

  function meetingJson(m: Meeting) {
    return {
      id: m.id,
      patientName: m.patientName,
      start: m.start.toISOString(),
      minutes: m.minutes,
      reason: m.reason,
    };
  }

  async function api({ req, res, url, method }: ReplicaRequest, now: Date): Promise<void> {
    const path = url.pathname;
    if (path === '/api/version' && method === 'GET') return sendJson(res, 200, { version: state.version });
    if (path === '/api/me' && method === 'GET') {
      return sendJson(res, 200, { name: CLINICIAN_NAME, clinic: 'Vårdcentralen Exempelby' });
    }
    if (path === '/api/conversations' && method === 'GET') {
      const rows = rowsParam(url);
      if (rows !== undefined) ensureMine(state, rows, now);
      await latency(options);
      const all = [...state.conversations].sort((a, b) => receivedAt(b).getTime() - receivedAt(a).getTime());
      const mine = all.filter((c) => c.assignedTo === CLINICIAN_NAME);
      const shared = all.filter((c) => c.assignedTo === null);
      const inbox =
        url.searchParams.get('inbox') === 'shared' ? shared : rows === undefined ? mine : mine.slice(0, rows);
      return sendJson(res, 200, {
        version: state.version,
        counts: { mine: mine.filter((c) => c.status === 'open').length, shared: shared.length },
        items: inbox.map(summary),
      });
    }
    let match = /^\/api\/conversations\/([\w-]+)$/.exec(path);
    if (match && method === 'GET') {
      await latency(options);
      return sendJson(res, 200, full(find(match[1]!), now));
    }
    match = /^\/api\/conversations\/([\w-]+)\/messages$/.exec(path);
    if (match && method === 'POST') {
      const conversation = find(match[1]!);
      const text = optionalString((await readJson(req)).text, 'text')?.trim();
      if (!text) throw new HttpError(400, 'text is required');
      addStaffReply(state, conversation, text, now);
      return sendJson(res, 200, full(conversation, now));
    }
    match = /^\/api\/conversations\/([\w-]+)\/pickup$/.exec(path);
    if (match && method === 'POST') {
      const conversation = find(match[1]!);
      conversation.assignedTo = CLINICIAN_NAME;
      state.version += 1;
      return sendJson(res, 200, full(conversation, now));
    }
    if (path === '/api/meetings' && method === 'GET') {
      await latency(options);
      return sendJson(res, 200, {
        items: [...state.meetings].sort((a, b) => +a.start - +b.start).map(meetingJson),
      });
    }
    match = /^\/api\/meetings\/([\w-]+)$/.exec(path);
    if (match && method === 'GET') {
      await latency(options);
      const meeting = state.meetings.find((m) => m.id === match![1]);
      if (!meeting) throw new HttpError(404, 'Mötet finns inte');
      return sendJson(res, 200, meetingJson(meeting));
    }
    if (path === '/api/test/new-message' && method === 'POST') {
      const body = await readJson(req);
      const conversationId = optionalString(body.conversationId, 'conversationId');
      if (conversationId) find(conversationId);
      const { conversation, message } = addPatientMessage(state, now, {
        conversationId,
        text: optionalString(body.text, 'text'),
        patientName: optionalString(body.patientName, 'patientName'),
        contactReason: optionalString(body.contactReason, 'contactReason'),
        shared: body.shared === true,
      });
      return sendJson(res, 201, {
        conversationId: conversation.id,
        messageId: message.id,
        version: state.version,
      });
    }
    if (path === '/api/test/reset' && method === 'POST') {
      const version = state.version + 1;
      state = createState(now);
      state.version = version;
      return sendJson(res, 200, { ok: true });
    }
    throw new HttpError(404, 'No such endpoint');
  }

  return {
    async handle(request) {
      const { res, url, method } = request;
      const now = options.now();
      try {
        if (url.pathname.startsWith('/api/')) return await api(request, now);
        if (url.pathname.startsWith('/static/')) {
          if (await serveStatic(request, STATIC_DIR, url.pathname.slice('/static'.length))) return;
          throw new HttpError(404, 'Filen finns inte');
        }
        if (url.pathname === '/favicon.ico') {
          res.writeHead(204);
          res.end();
          return;
        }
        if (method !== 'GET') throw new HttpError(405, 'Method not allowed');
        // History fallback: every app path gets the shell; the app's router draws the view.
        if (await serveStatic(request, STATIC_DIR, '/index.html')) return;
        throw new HttpError(500, 'index.html missing');
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        sendJson(res, error.status, { error: error.message });
      }
    },
  };
}
