/** The replica app's data endpoints (same origin). */
export type ConversationStatus = 'open' | 'answered' | 'closed';

export interface ConversationSummary {
  id: string;
  patientName: string;
  contactReason: string;
  assignedTo: string | null;
  status: ConversationStatus;
  priority: 'normal' | 'high';
  receivedAt: string;
  snippet: string;
  section: 'mine' | 'new' | 'started';
  staffInvolved: string[];
}

export interface ConversationMessage {
  id: string;
  from: 'patient' | 'staff';
  author: string;
  at: string;
  text: string;
  read?: boolean;
}

export interface Conversation extends ConversationSummary {
  personalNumber: string;
  protectedIdentity: boolean;
  messages: ConversationMessage[];
}

export interface InboxResponse {
  version: number;
  counts: { mine: number; shared: number };
  items: ConversationSummary[];
}

export interface Meeting {
  id: string;
  patientName: string;
  start: string;
  minutes: number;
  reason: string;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, {
    ...init,
    headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}) },
  });
  if (!response.ok) throw new Error(`${response.status} ${path}`);
  return (await response.json()) as T;
}

export const api = {
  version: () => request<{ version: number }>('/api/version'),
  inbox: (inbox: 'mine' | 'shared', rows: string | null) =>
    request<InboxResponse>(
      `/api/conversations?inbox=${inbox}${rows ? `&rows=${encodeURIComponent(rows)}` : ''}`,
    ),
  conversation: (id: string) => request<Conversation>(`/api/conversations/${encodeURIComponent(id)}`),
  reply: (id: string, text: string) =>
    request<Conversation>(`/api/conversations/${encodeURIComponent(id)}/messages`, {
      method: 'POST',
      body: JSON.stringify({ text }),
    }),
  pickUp: (id: string) =>
    request<Conversation>(`/api/conversations/${encodeURIComponent(id)}/pickup`, { method: 'POST' }),
  meetings: () => request<{ items: Meeting[] }>('/api/meetings'),
  meeting: (id: string) => request<Meeting>(`/api/meetings/${encodeURIComponent(id)}`),
};

export const STATUS_LABEL: Record<ConversationStatus, string> = {
  open: 'Obesvarad',
  answered: 'Besvarad',
  closed: 'Avslutad',
};
