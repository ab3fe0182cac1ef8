// The vetted chat page. Everything shown is built as DOM nodes with textContent: answer text and
// the person's own words are never parsed as HTML. Escalations come first in every reply.

const conversation = document.getElementById('conversation');
const form = document.getElementById('ask-form');
const input = document.getElementById('question');
const button = document.getElementById('ask-button');
const status = document.getElementById('status');
const formError = document.getElementById('question-error');

const LEVEL_LABELS = {
  emergency: 'Emergency',
  crisis: 'You are not alone',
  urgent: 'See a clinician today',
  'entry-urgent': 'If this is happening now',
  'entry-emergency': 'If this is happening now',
};

/** Creates an element with a class and text; children are appended later. */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function telHref(number) {
  return `tel:${String(number).replace(/[^\d+]/g, '')}`;
}

/** Only http(s) links: anything else in a URL field is shown as text. */
function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function externalLink(text, url) {
  const href = safeUrl(url);
  if (!href) return el('span', '', text);
  const link = el('a', '', text);
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.append(el('span', 'visually-hidden', ' (opens in a new tab)'));
  return link;
}

/** Inline Markdown the knowledge uses: **bold** and [text](https://...). */
function appendInline(parent, text) {
  const pattern = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parent.append(text.slice(last, match.index));
    if (match[1] !== undefined) parent.append(el('strong', '', match[1]));
    else parent.append(externalLink(match[2], match[3]));
    last = match.index + match[0].length;
  }
  parent.append(text.slice(last));
}

/** Paragraphs and bullet or numbered lists: the Markdown that vetted entries are written in. */
function renderMarkdown(markdown) {
  const container = el('div', 'answer-body');
  const blocks = markdown.trim().split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const bullet = /^\s*(?:[-*]|\d+[.)])\s+/;
    if (bullet.test(lines[0])) {
      const list = el(/^\s*\d/.test(lines[0]) ? 'ol' : 'ul');
      let item = null;
      for (const line of lines) {
        if (bullet.test(line) || !item) {
          item = el('li');
          list.append(item);
          appendInline(item, line.replace(bullet, ''));
        } else {
          appendInline(item, ` ${line.trim()}`);
        }
      }
      container.append(list);
    } else if (/^#{1,6}\s/.test(lines[0])) {
      const heading = el('h4', 'section-heading');
      appendInline(heading, lines.join(' ').replace(/^#{1,6}\s+/, ''));
      container.append(heading);
    } else {
      const paragraph = el('p');
      appendInline(paragraph, lines.map((line) => line.trim()).join(' '));
      container.append(paragraph);
    }
  }
  return container;
}

function renderEscalation(escalation) {
  const serious = escalation.level === 'emergency' || escalation.level === 'crisis';
  const box = el('div', `escalation escalation-${escalation.level}`);
  // An emergency is announced at once, interrupting whatever the screen reader was saying.
  if (serious) box.setAttribute('role', 'alert');
  box.append(el('strong', 'escalation-label', LEVEL_LABELS[escalation.level] ?? 'Important'));
  box.append(el('p', '', escalation.text));
  if (escalation.contacts.length > 0) {
    const contacts = el('div', 'contacts');
    for (const contact of escalation.contacts) {
      const call = el('a', 'call', `Call ${contact.number}: ${contact.label}`);
      call.href = telHref(contact.number);
      contacts.append(call);
    }
    box.append(contacts);
  }
  return box;
}

function renderChoiceList(choices, label) {
  const list = el('ul', 'choices');
  list.setAttribute('aria-label', label);
  for (const choice of choices) {
    const item = el('li');
    const choiceButton = el('button', 'choice', choice.title);
    choiceButton.type = 'button';
    choiceButton.addEventListener('click', () => fetchEntry(choice.entryId, choice.title));
    item.append(choiceButton);
    list.append(item);
  }
  return list;
}

function renderAnswer(answer) {
  const reply = el('li', 'message from-bot');
  reply.append(el('span', 'who', 'vetted'));
  // Red flags first, before anything else the reply says.
  if (answer.escalation) reply.append(renderEscalation(answer.escalation));

  const title = el(
    'h3',
    'answer-title',
    answer.title ?? (answer.outcome === 'clarify' ? 'Which one?' : 'No vetted answer'),
  );
  title.tabIndex = -1;
  reply.append(title);
  reply.append(renderMarkdown(answer.body));

  if (answer.choices.length > 0) reply.append(renderChoiceList(answer.choices, 'Possible topics'));

  if (answer.seeClinicianIf.length > 0) {
    reply.append(el('h4', 'section-heading', 'See a clinician if'));
    const list = el('ul', 'see-clinician');
    for (const condition of answer.seeClinicianIf) list.append(el('li', '', condition));
    reply.append(list);
  }
  if (answer.sources.length > 0) {
    reply.append(el('h4', 'section-heading', 'Sources'));
    const list = el('ul', 'sources');
    for (const source of answer.sources) {
      const item = el('li');
      item.append(externalLink(source.title, source.url));
      list.append(item);
    }
    reply.append(list);
  }
  if (answer.review) {
    reply.append(el('p', `review review-${answer.review.status}`, answer.review.text));
  }
  if (answer.related.length > 0) {
    reply.append(el('h4', 'section-heading', 'See also'));
    reply.append(renderChoiceList(answer.related, 'Related topics'));
  }
  reply.append(el('p', 'answer-disclaimer', answer.disclaimer));
  return reply;
}

function renderError(body) {
  const reply = el('li', 'message from-bot error');
  reply.append(el('span', 'who', 'vetted'));
  if (body?.escalation) reply.append(renderEscalation(body.escalation));
  const title = el('h3', 'answer-title', 'Something went wrong');
  title.tabIndex = -1;
  reply.append(title);
  reply.append(
    el('p', '', body?.error?.message ?? 'The server could not be reached. In an emergency, call 911.'),
  );
  return reply;
}

function scrollIntoView(node) {
  node.scrollIntoView({ block: 'start', behavior: 'smooth' });
}

function setBusy(busy) {
  button.disabled = busy;
  conversation.setAttribute('aria-busy', String(busy));
  if (busy) status.textContent = 'Looking for a vetted answer…';
}

/**
 * Sends a request and appends the reply. The view scrolls to the person's own message so the
 * question and the start of its reply show together; focusReply moves focus to the reply (used
 * after a button click, whose button is now far above).
 */
async function exchange(request, mine, focusReply) {
  setBusy(true);
  let reply;
  let summary;
  try {
    const response = await fetch(request.url, request.init);
    const body = await response.json().catch(() => null);
    if (response.ok && body) {
      reply = renderAnswer(body);
      summary = body.escalation ? (LEVEL_LABELS[body.escalation.level] ?? 'Important') : 'Answer received';
    } else {
      reply = renderError(body);
      summary = 'The question could not be answered';
    }
  } catch {
    reply = renderError(null);
    summary = 'The server could not be reached';
  }
  conversation.append(reply);
  setBusy(false);
  status.textContent = summary;
  scrollIntoView(mine);
  if (focusReply) reply.querySelector('.answer-title')?.focus({ preventScroll: true });
}

function fetchEntry(entryId, title) {
  const mine = el('li', 'message from-person');
  mine.append(el('span', 'who', 'You chose'));
  mine.append(el('p', '', title));
  conversation.append(mine);
  return exchange({ url: `/v1/entries/${encodeURIComponent(entryId)}`, init: { method: 'GET' } }, mine, true);
}

function showFormError(message) {
  formError.textContent = message;
  formError.hidden = message === '';
  input.setAttribute('aria-invalid', String(message !== ''));
}

async function ask() {
  const question = input.value.trim();
  if (question === '') {
    showFormError('Type a question first.');
    input.focus();
    return;
  }
  showFormError('');
  // The person's own words stay in their own browser; they are shown as text, never as HTML.
  const mine = el('li', 'message from-person');
  mine.append(el('span', 'who', 'You'));
  mine.append(el('p', '', question));
  conversation.append(mine);
  input.value = '';
  await exchange(
    {
      url: '/v1/ask',
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question, locale: document.documentElement.lang || 'en' }),
      },
    },
    mine,
    false,
  );
  input.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!button.disabled) ask();
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

/** The emergency number and disclaimer come from the knowledge settings (they differ by country). */
async function loadSettings() {
  try {
    const response = await fetch('/v1/knowledge/status');
    const body = await response.json();
    if (!body.settings) return;
    const link = document.getElementById('emergency-link');
    link.textContent = body.settings.emergencyNumber;
    link.href = telHref(body.settings.emergencyNumber);
    document.getElementById('disclaimer').textContent = body.settings.disclaimer;
  } catch {
    // The defaults in the page stay.
  }
}

loadSettings();
