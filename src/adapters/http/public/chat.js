// The vetted chat page. Everything shown is built as DOM nodes with textContent: answer text and
// the person's own words are never parsed as HTML. Escalations come first in every reply.

const conversation = document.getElementById('conversation');
const form = document.getElementById('ask-form');
const input = document.getElementById('question');
const button = document.getElementById('ask-button');
const status = document.getElementById('status');
const formError = document.getElementById('question-error');
const counter = document.getElementById('question-count');

/** The API's limit on a question, in characters (code points, as the server counts them). */
const MAX_QUESTION_CHARS = 2000;
/** The counter shows from here on: far enough ahead to shorten before hitting the limit. */
const COUNT_FROM = 1600;
/** Before the knowledge settings load, no country's number is assumed. */
const NEUTRAL_NUMBER = 'your local emergency number';
/** The emergency number from the knowledge settings, once loaded. */
let emergencyNumber = null;

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

/** A tap-to-call link for the emergency number once it is known, else the neutral words. */
function emergencyNumberNode() {
  if (!emergencyNumber) return document.createTextNode(NEUTRAL_NUMBER);
  const link = el('a', '', emergencyNumber);
  link.href = telHref(emergencyNumber);
  return link;
}

const ERROR_TITLES = {
  'question-too-long': 'Your question is too long to answer',
  'rate-limited': 'Please wait a moment',
};

function renderError(body) {
  const reply = el('li', 'message from-bot error');
  reply.append(el('span', 'who', 'vetted'));
  // Red flags first, exactly as in an answer: an error never hides an emergency.
  const escalation = body?.escalation;
  if (escalation) reply.append(renderEscalation(escalation));
  const title = el('h3', 'answer-title', ERROR_TITLES[body?.error?.code] ?? 'Something went wrong');
  title.tabIndex = -1;
  reply.append(title);
  const message = body?.error?.message;
  if (message) {
    // The server puts the escalation's text first in the message too; it is already shown above.
    const rest =
      escalation && message.startsWith(escalation.text) ? message.slice(escalation.text.length) : message;
    reply.append(el('p', '', rest.trim()));
  } else {
    const text = el('p', '', 'The server could not be reached. In an emergency, call ');
    text.append(emergencyNumberNode(), ' now.');
    reply.append(text);
  }
  return reply;
}

function scrollIntoView(node) {
  node.scrollIntoView({ block: 'start', behavior: 'smooth' });
}

/**
 * An emergency or crisis reply: its call buttons come into view at once (no smooth scroll), and
 * focus moves to it, so a screen reader reads it next and a phone's keyboard closes.
 */
function revealAlarm(alarm) {
  alarm.scrollIntoView({ block: 'start' });
  alarm.querySelector('.contacts')?.scrollIntoView({ block: 'nearest' });
  alarm.tabIndex = -1;
  alarm.focus({ preventScroll: true });
}

function setBusy(busy) {
  button.disabled = busy;
  conversation.setAttribute('aria-busy', String(busy));
  if (busy) status.textContent = 'Looking for a vetted answer…';
}

/**
 * Sends a request and appends the reply. The view scrolls to the person's own message so the
 * question and the start of its reply show together, or, for an emergency or crisis, straight to
 * its call buttons; focusReply moves focus to the reply (used after a button click, whose button
 * is now far above). Returns the reply's response body, and whether an alarm took the focus.
 * `onlyIfEscalated` appends the reply only when it carries an escalation (an over-long question
 * that is sent to be checked for red flags, not answered).
 */
async function exchange(request, mine, focusReply, onlyIfEscalated = false) {
  setBusy(true);
  let reply;
  let summary;
  let body = null;
  try {
    const response = await fetch(request.url, request.init);
    body = await response.json().catch(() => null);
    if (response.ok && body) {
      reply = renderAnswer(body);
      summary = body.escalation ? (LEVEL_LABELS[body.escalation.level] ?? 'Important') : 'Answer received';
    } else {
      reply = renderError(body);
      summary = body?.escalation
        ? (LEVEL_LABELS[body.escalation.level] ?? 'Important')
        : 'The question could not be answered';
    }
  } catch {
    reply = renderError(null);
    summary = 'The server could not be reached';
  }
  setBusy(false);
  if (onlyIfEscalated && !body?.escalation) return { body, alarmed: false };
  conversation.append(reply);
  status.textContent = summary;
  const alarm = reply.querySelector('.escalation[role="alert"]');
  if (alarm) {
    revealAlarm(alarm);
    return { body, alarmed: true };
  }
  scrollIntoView(mine ?? reply);
  if (focusReply) reply.querySelector('.answer-title')?.focus({ preventScroll: true });
  return { body, alarmed: false };
}

function showFormError(message) {
  formError.textContent = message;
  formError.hidden = message === '';
  input.setAttribute('aria-invalid', String(message !== ''));
}

/** Characters as the server counts them: an emoji is one, not two. */
function charCount(text) {
  return [...text].length;
}

function formatCount(n) {
  return n.toLocaleString('en');
}

/** The counter appears near the limit and says by how much a question is over it. */
function updateCounter() {
  const n = charCount(input.value.trim());
  const over = n > MAX_QUESTION_CHARS;
  counter.hidden = n < COUNT_FROM;
  counter.classList.toggle('over', over);
  counter.textContent = over
    ? `${formatCount(n)} of ${formatCount(MAX_QUESTION_CHARS)} characters: ${formatCount(n - MAX_QUESTION_CHARS)} too many`
    : `${formatCount(n)} of ${formatCount(MAX_QUESTION_CHARS)} characters`;
  // Once the question fits again, the "too long" error no longer applies.
  if (!over && formError.dataset.reason === 'too-long') {
    formError.dataset.reason = '';
    showFormError('');
  }
}

function askBody(question) {
  return {
    url: '/v1/ask',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question, locale: document.documentElement.lang || 'en' }),
    },
  };
}

/**
 * Too long to answer: nothing is cut and the box keeps every word, but the whole text still goes
 * to the server, which checks it for red flags and refuses it with the escalation if one matches,
 * so "...he cannot breathe" at the end is never lost.
 */
async function refuseTooLong(question) {
  const n = charCount(question);
  const message = `Your question is ${formatCount(n)} characters; the limit is ${formatCount(MAX_QUESTION_CHARS)}. Shorten it to the main symptom or topic and send it again. Nothing you typed was removed.`;
  formError.dataset.reason = 'too-long';
  showFormError(message);
  const { alarmed } = await exchange(askBody(question), null, false, true);
  if (alarmed) return;
  status.textContent = message;
  input.focus();
}

async function ask() {
  const question = input.value.trim();
  if (question === '') {
    showFormError('Type a question first.');
    input.focus();
    return;
  }
  if (charCount(question) > MAX_QUESTION_CHARS) return refuseTooLong(question);
  showFormError('');
  // The person's own words stay in their own browser; they are shown as text, never as HTML.
  const mine = el('li', 'message from-person');
  mine.append(el('span', 'who', 'You'));
  mine.append(el('p', '', question));
  conversation.append(mine);
  input.value = '';
  updateCounter();
  const { alarmed } = await exchange(askBody(question), mine, false);
  // After an emergency, focus stays on its call buttons' box, not back in the question box.
  if (!alarmed) input.focus();
}

function fetchEntry(entryId, title) {
  const mine = el('li', 'message from-person');
  mine.append(el('span', 'who', 'You chose'));
  mine.append(el('p', '', title));
  conversation.append(mine);
  return exchange({ url: `/v1/entries/${encodeURIComponent(entryId)}`, init: { method: 'GET' } }, mine, true);
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

input.addEventListener('input', updateCounter);

/** The emergency number and disclaimer come from the knowledge settings (they differ by country). */
async function loadSettings() {
  try {
    const response = await fetch('/v1/knowledge/status');
    const body = await response.json();
    if (!body.settings) return;
    emergencyNumber = body.settings.emergencyNumber;
    const link = el('a', '', emergencyNumber);
    link.id = 'emergency-link';
    link.href = telHref(emergencyNumber);
    document.getElementById('emergency-number').replaceChildren(link);
    document.getElementById('disclaimer').textContent = body.settings.disclaimer;
    document.getElementById('intro-disclaimer').textContent = body.settings.disclaimer;
  } catch {
    // The neutral wording in the page stays.
  }
}

loadSettings();
