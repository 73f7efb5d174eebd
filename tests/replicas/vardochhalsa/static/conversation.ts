/**
 * One conversation: the patient's messages and ours, and the reply editor (a contenteditable rich-text field with
 * a small formatting toolbar and an arrow button that sends; Enter makes a new line). What is sent is the editor's
 * text as the browser renders it (innerText).
 */
import { STATUS_LABEL, api, type Conversation, type ConversationMessage } from './api.ts';
import type { AppContext, View } from './app.ts';
import { h, icon } from './dom.ts';
import { formatRelative } from './relative-time.ts';

interface MessageNode {
  message: ConversationMessage;
  element: HTMLElement;
  time: HTMLElement;
  receipt: HTMLElement | null;
}

function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

function messageNode(message: ConversationMessage): MessageNode {
  const time = h('span', { class: 'vc-message-time' });
  const receipt = message.from === 'staff' ? h('span', { class: 'vc-read-receipt' }) : null;
  const element = h(
    'div',
    { class: `vc-message vc-message--${message.from}`, 'data-message-id': message.id },
    h('div', { class: 'vc-message-author' }, message.author),
    h('div', { class: 'vc-message-body' }, message.text),
    h('div', { class: 'vc-message-footer' }, time, receipt),
  );
  const node = { message, element, time, receipt };
  updateMessage(node, message);
  return node;
}

function updateMessage(node: MessageNode, message: ConversationMessage): void {
  node.message = message;
  setText(node.time, formatRelative(new Date(message.at), new Date()));
  if (node.receipt) setText(node.receipt, message.read ? 'Läst' : 'Skickat');
}

/** The text the patient will get: the editor as rendered, without trailing blank lines. */
function editorText(editor: HTMLElement): string {
  return editor.innerText.replace(/\u00a0/g, ' ').replace(/\s+$/, '');
}

export function conversationView(_context: AppContext, id: string): View {
  let conversation: Conversation | undefined;
  let lastPicked: boolean | undefined;
  const messages = new Map<string, MessageNode>();

  const loading = h('div', { class: 'vc-loading', role: 'status' }, 'Hämtar konversationen …');
  const patientName = h('h1', { class: 'vc-patient-name' });
  const personalNumber = h('span', { class: 'vc-personal-number' });
  const protectedMark = h(
    'span',
    { class: 'vc-protected-identity', title: 'Skyddad identitet', hidden: '' },
    'Skyddad identitet',
  );
  const reason = h('span', { class: 'vc-contact-reason' });
  const receivedAt = h('span', { class: 'vc-received-at' });
  const status = h('span', { class: 'vc-status-badge' });
  const headerActions = h('div', { class: 'vc-conversation-actions' });
  const thread = h('div', {
    class: 'vc-thread',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': 'Meddelanden',
  });
  const composerSlot = h('div', { class: 'vc-composer-slot' });

  const element = h(
    'section',
    { class: 'vc-conversation', 'data-conversation-id': id, 'aria-busy': 'true' },
    loading,
  );

  function buildComposer(): HTMLElement {
    const editor = h('div', {
      class: 'vc-editor',
      contenteditable: 'true',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': 'Skriv ditt svar',
      'data-placeholder': 'Skriv ditt svar …',
      spellcheck: 'true',
    });
    const sendButton = h(
      'button',
      { type: 'button', class: 'vc-send-button', 'aria-label': 'Skicka', title: 'Skicka', disabled: true },
      icon('send'),
    );
    const error = h('p', { class: 'vc-composer-error', role: 'alert' });
    const format = (command: string, label: string, text: string) =>
      h(
        'button',
        {
          type: 'button',
          class: 'vc-format-button',
          'aria-label': label,
          title: label,
          // Keep the caret in the editor: formatting applies to its selection.
          onmousedown: (event: Event) => event.preventDefault(),
          onclick: () => {
            document.execCommand(command);
            editor.focus();
            update();
          },
        },
        text,
      );
    const update = () => {
      sendButton.disabled = editorText(editor).trim() === '';
    };
    editor.addEventListener('input', update);
    sendButton.addEventListener('click', async () => {
      const text = editorText(editor);
      if (text.trim() === '' || !conversation) return;
      sendButton.disabled = true;
      error.textContent = '';
      try {
        const updated = await api.reply(conversation.id, text);
        editor.replaceChildren();
        apply(updated);
      } catch {
        error.textContent = 'Meddelandet kunde inte skickas. Försök igen.';
      }
      update();
    });
    return h(
      'div',
      { class: 'vc-composer' },
      h(
        'div',
        { class: 'vc-editor-toolbar', role: 'toolbar', 'aria-label': 'Textformat' },
        format('bold', 'Fetstil', 'F'),
        format('italic', 'Kursiv', 'K'),
        format('insertUnorderedList', 'Punktlista', '•'),
      ),
      h('div', { class: 'vc-editor-row' }, editor, sendButton),
      error,
      h('p', { class: 'vc-composer-hint' }, 'Enter ger ny rad. Skicka med pilen.'),
    );
  }

  function pickupNotice(): HTMLElement {
    return h(
      'div',
      { class: 'vc-pickup-notice' },
      'Ärendet ligger i den delade inkorgen. Plocka upp det för att svara.',
    );
  }

  function apply(updated: Conversation): void {
    const first = conversation === undefined;
    conversation = updated;
    if (first) {
      loading.remove();
      element.removeAttribute('aria-busy');
      element.setAttribute('aria-label', `Konversation med ${updated.patientName}`);
      element.append(
        h(
          'header',
          { class: 'vc-conversation-header' },
          h(
            'a',
            { class: 'vc-back', href: '/meddelanden', 'aria-label': 'Tillbaka till meddelanden' },
            icon('back'),
          ),
          h(
            'div',
            { class: 'vc-conversation-title' },
            patientName,
            h('div', { class: 'vc-patient-id' }, personalNumber, protectedMark),
            h(
              'div',
              { class: 'vc-conversation-sub' },
              reason,
              ' · ',
              h('span', { class: 'vc-received' }, 'Inkom ', receivedAt),
            ),
          ),
          status,
          headerActions,
        ),
        thread,
        composerSlot,
      );
    }
    setText(patientName, updated.patientName);
    setText(personalNumber, updated.personalNumber);
    protectedMark.hidden = !updated.protectedIdentity;
    setText(reason, updated.contactReason);
    const received = updated.messages.findLast((m) => m.from === 'patient')?.at ?? updated.receivedAt;
    setText(receivedAt, formatRelative(new Date(received), new Date()));
    setText(status, STATUS_LABEL[updated.status]);
    const statusClass = `vc-status-badge vc-status-badge--${updated.status}`;
    if (status.className !== statusClass) status.className = statusClass;

    for (const message of updated.messages) {
      const known = messages.get(message.id);
      if (known) updateMessage(known, message);
      else {
        const node = messageNode(message);
        messages.set(message.id, node);
        thread.append(node.element);
        node.element.scrollIntoView?.({ block: 'nearest' });
      }
    }

    const picked = updated.assignedTo !== null;
    if (picked === lastPicked) return;
    lastPicked = picked;
    composerSlot.replaceChildren(picked ? buildComposer() : pickupNotice());
    headerActions.replaceChildren(
      picked
        ? h('span', { class: 'vc-assigned' }, `Handläggs av ${updated.assignedTo}`)
        : h(
            'button',
            {
              type: 'button',
              class: 'vc-button vc-button--primary vc-pickup',
              onclick: async () => apply(await api.pickUp(updated.id)),
            },
            'Plocka upp',
          ),
      h(
        'button',
        { type: 'button', class: 'vc-icon-button vc-more', 'aria-label': 'Fler val', title: 'Fler val' },
        icon('more'),
      ),
    );
  }

  async function load(): Promise<void> {
    try {
      apply(await api.conversation(id));
    } catch {
      if (!conversation) setText(loading, 'Konversationen kunde inte hämtas.');
    }
  }
  void load();

  return {
    element,
    title: 'Meddelande',
    refresh: load,
    tick: () => {
      if (conversation) apply(conversation);
    },
  };
}
