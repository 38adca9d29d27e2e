// The case beside every task: a "Case" tab in the task view, read from GET /api/tasks/{taskId}/case (the person as
// their record summarises them, and what a decision task decides), and the person on every card of the worktray,
// from GET /api/tasks/{taskId}/card. Everything is written as text, never as HTML.

// Dates as written in Britain in every Camunda Form, whatever the browser's language. form-js asks the browser's
// default locale for the date format (Intl.DateTimeFormat('default')), which gives 02/03/1944 for 3 February on an
// American browser; the default is British here. Its date picker (flatpickr) starts weeks on Sunday unless told.
const BrowserDateTimeFormat = Intl.DateTimeFormat;
const british = locales => (locales === undefined || locales === 'default' ? 'en-GB' : locales);
Intl.DateTimeFormat = new Proxy(BrowserDateTimeFormat, {
  construct: (target, [locales, options]) => new target(british(locales), options),
  apply: (target, self, [locales, options]) => target(british(locales), options),
});

function weeksStartOnMonday(triesLeft) {
  if (window.flatpickr) {
    window.flatpickr.localize({firstDayOfWeek: 1});
  } else if (triesLeft > 0) {
    setTimeout(() => weeksStartOnMonday(triesLeft - 1), 250);
  }
}
weeksStartOnMonday(240);

// Every problem of a refused form at once, as one list above the form naming each field by its label, with a link
// to the field; Tasklist's own notice shows one line at a time and can cover the Complete button.
const SUBMIT_FORM = /\/(task|process-definition)\/[^/]+\/submit-form$/;
const openRequest = XMLHttpRequest.prototype.open;
const sendRequest = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const path = String(url).split('?')[0];
  this.letstalkSubmit = SUBMIT_FORM.test(path);
  this.letstalkTask = (path.match(/\/task\/([^/]+)\/submit-form$/) || [])[1];
  return openRequest.call(this, method, url, ...rest);
};
XMLHttpRequest.prototype.send = function (...body) {
  if (this.letstalkSubmit) {
    document.querySelectorAll('.lt-problems').forEach(shown => shown.remove());
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        unsaved = false;
        confirmWhatHappensNext(this);
        return;
      }
      if (this.status < 400) {
        return;
      }
      try {
        const refusal = JSON.parse(this.responseText);
        const problems = Array.isArray(refusal.problems) ? refusal.problems : problemsIn(refusal.message);
        if (problems.length > 0) {
          showProblems(problems);
        }
      } catch (notJson) {
        // Not a refusal of ours: Tasklist's own notice says what happened.
      }
    });
  }
  return sendRequest.apply(this, body);
};

// A warning before leaving a task with unsaved input: closing or reloading the page (the browser asks), or opening
// another task, filter or page of Tasklist (we ask, and the worker stays unless they choose to leave). Tasklist's
// Save keeps the input in the browser, so it counts as saved; so does a submission the server accepted.
const LEAVING = '.tasks-list a, .task-filters a, .navbar a, .start-process-action a, .pagination a';
const STILL_UNSAVED = 'You have typed into this task and not saved it. If you leave now, what you typed is lost.';
let unsaved = false;
const formOpen = () => document.querySelector('.task-card .fjs-container') !== null;
['input', 'change'].forEach(type => document.addEventListener(type, event => {
  if (event.target instanceof Element && event.target.closest('.task-card .fjs-container')) {
    unsaved = true;
  }
}, true));
document.addEventListener('click', event => {
  if (!(event.target instanceof Element)) {
    return;
  }
  if (event.target.closest('button[ng-click^="save("]')) {
    unsaved = false;
    return;
  }
  const leaving = event.target.closest(LEAVING);
  if (unsaved && leaving && formOpen()) {
    event.preventDefault();
    event.stopImmediatePropagation();
    askBeforeLeaving(leaving);
  }
}, true);
window.addEventListener('beforeunload', event => {
  if (unsaved && formOpen()) {
    event.preventDefault();
    event.returnValue = STILL_UNSAVED;
  }
});
window.addEventListener('hashchange', () => {
  if (!formOpen()) {
    unsaved = false;
  }
});

function askBeforeLeaving(leaving) {
  document.querySelectorAll('.lt-leaving').forEach(shown => shown.remove());
  const stay = el('button', {type: 'button', class: 'btn btn-primary'}, 'Stay on this task');
  const leave = el('button', {type: 'button', class: 'btn btn-default'}, 'Leave without saving');
  const dialog = el('div', {class: 'lt-leaving', role: 'alertdialog', 'aria-modal': 'true',
    'aria-labelledby': 'lt-leaving-title', 'aria-describedby': 'lt-leaving-text'},
  el('div', {class: 'lt-leaving-box'}, el('h2', {id: 'lt-leaving-title'}, 'Leave this task?'),
      el('p', {id: 'lt-leaving-text'}, STILL_UNSAVED), el('p', {}, stay, ' ', leave)));
  const close = () => {
    dialog.remove();
    document.removeEventListener('keydown', onEscape, true);
  };
  const onEscape = event => {
    if (event.key === 'Escape') {
      close();
    }
  };
  stay.addEventListener('click', close);
  leave.addEventListener('click', () => {
    close();
    unsaved = false;
    leaving.click();
  });
  document.addEventListener('keydown', onEscape, true);
  document.body.append(dialog);
  stay.focus();
}

// Giving a task to someone else: Tasklist's assignee field offers the workers by name, team and caseload (GET
// /api/workers) as the worker types, and keeps the chosen worker's user id; nobody needs to know a user id.
let workerChoices;
async function offerWorkers(input) {
  input.setAttribute('list', 'lt-workers');
  input.setAttribute('aria-label', 'Give the task to (pick a worker by name)');
  if (workerChoices) {
    return;
  }
  workerChoices = el('datalist', {id: 'lt-workers'});
  document.body.append(workerChoices);
  try {
    const answer = await fetch('/api/workers', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (answer.ok) {
      (await answer.json()).forEach(worker => workerChoices.append(el('option', {value: worker.id,
        label: worker.label})));
    }
  } catch (offline) {
    // Tasklist's own field still takes a user id.
  }
}
new MutationObserver(() => document.querySelectorAll('[cam-tasklist-task-meta] .assignee input:not([list])')
    .forEach(offerWorkers)).observe(document.documentElement, {childList: true, subtree: true});

// Tasklist's notices and our confirmation sit in one strip above the footer that takes its own room: the columns
// end where it begins, so neither covers the filters, the list of tasks or the form's Save and Complete buttons.
const dock = el('div', {class: 'lt-dock', role: 'region', 'aria-label': 'Messages'});
function dockMessages() {
  if (!dock.isConnected) {
    document.body.append(dock);
    new ResizeObserver(() => document.documentElement.style.setProperty('--lt-dock', `${dock.offsetHeight}px`))
        .observe(dock);
  }
  const notices = document.querySelector('body > .page-notifications');
  if (notices) {
    dock.prepend(notices);
  }
}
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', dockMessages);
} else {
  dockMessages();
}

// After Start or Complete: what was done, and what waits now and for whom.
async function confirmWhatHappensNext(request) {
  let next;
  if (request.letstalkTask) {
    next = `/api/tasks/${encodeURIComponent(request.letstalkTask)}/next`;
  } else {
    try {
      next = `/api/processes/${encodeURIComponent(JSON.parse(request.responseText).id)}/next`;
    } catch (notJson) {
      return;
    }
  }
  let waiting = [];
  try {
    const answer = await fetch(next, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (answer.ok) {
      waiting = await answer.json();
    }
  } catch (offline) {
    // The confirmation then says only what was done.
  }
  document.querySelectorAll('.lt-confirmation').forEach(shown => shown.remove());
  const done = request.letstalkTask ? 'Saved: the task is complete.' : 'Saved: started.';
  const close = el('button', {type: 'button', class: 'btn btn-default btn-xs'}, 'Close');
  const box = el('div', {class: 'lt-confirmation', role: 'status'},
      el('p', {}, done, waiting.length === 0 ? ' Nothing more waits in this case for now.' : ' What happens next:'),
      waiting.length === 0 ? null : el('ul', {}, waiting.map(task => el('li', {}, `${task.task}: with ${task.with}`))),
      close);
  close.addEventListener('click', () => box.remove());
  dockMessages();
  dock.append(box);
  setTimeout(() => box.remove(), 20000);
}

// Tasklist's own engine API words a refusal "Cannot submit task form <id>: outcome: is required; reason: ...": each
// problem is read back with the label its field shows on the form.
function problemsIn(message) {
  const refused = /^Cannot (?:submit task form|instantiate process definition) [^:]+: (.*)$/s.exec(String(message || ''));
  if (!refused) {
    return [];
  }
  return refused[1].split('; ').map(part => /^([A-Za-z][A-Za-z0-9_]*): (.+)$/s.exec(part)).filter(Boolean)
      .map(([, field, problem]) => ({field, message: sentence(labelOf(field), problem)}));
}

function labelOf(key) {
  const label = document.querySelector(`label[for$="-Field_${key}"], label[for$="-Field_${key}-date"]`);
  const text = label ? label.textContent.replace(/\*\s*$/, '').replace(/\s*\([^)]*\)\s*$/, '').trim() : '';
  return text || key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().replace(/^./, c => c.toUpperCase());
}

/** The same sentences as the server's (web/FormProblems). */
function sentence(label, problem) {
  const quoted = `“${label}”`;
  const text = problem.trim();
  const joined = text === 'is required' ? `${quoted} needs an answer`
      : /^(is|are|must|needs?|has|have|cannot|can't|should|was|were|does|do|may|comes?|goes?|gives?)/i.test(text)
        ? `${quoted} ${text}` : `${quoted}: ${text}`;
  return joined.endsWith('.') ? joined : joined + '.';
}

function fieldOf(key) {
  return document.querySelector(`[id$="-Field_${key}-date"]`) || document.querySelector(`[id$="-Field_${key}"]`)
      || document.querySelector(`[id*="-Field_${key}-"]`);
}

function showProblems(problems) {
  const forms = [...document.querySelectorAll('.fjs-container')].filter(form => form.offsetParent !== null);
  const form = forms[forms.length - 1];
  if (!form) {
    return;
  }
  const list = el('ul', {}, problems.map(problem => {
    const link = el('a', {href: '#'}, problem.message);
    link.addEventListener('click', event => {
      event.preventDefault();
      const field = fieldOf(problem.field);
      if (field) {
        field.scrollIntoView({block: 'center'});
        field.focus();
      }
    });
    return el('li', {}, link);
  }));
  const box = el('div', {class: 'lt-problems', role: 'alert', tabindex: '-1'},
      el('h3', {}, problems.length === 1 ? 'Nothing was saved: please put this right, then submit again'
          : `Nothing was saved: please put these ${problems.length} things right, then submit again`), list);
  form.parentNode.insertBefore(box, form);
  box.scrollIntoView({block: 'start'});
  box.focus();
  hideRawRefusal(8);
}

// Tasklist's own notice of the same refusal names the variables and the task's id ("Cannot submit task form <id>:
// outcome: ..."): the list above the form says it in the form's words, so that notice is not shown.
const RAW_REFUSAL = /Cannot (submit task form|instantiate process definition)/;
function hideRawRefusal(triesLeft) {
  document.querySelectorAll('.page-notifications .alert').forEach(notice => {
    if (RAW_REFUSAL.test(notice.textContent)) {
      notice.style.display = 'none';
    }
  });
  if (triesLeft > 0) {
    setTimeout(() => hideRawRefusal(triesLeft - 1), 250);
  }
}

const money = new Intl.NumberFormat('en-GB', {style: 'currency', currency: 'GBP'});

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat(Infinity).forEach(child => {
    if (child !== null && child !== undefined && child !== '') {
      node.append(child instanceof Node ? child : String(child));
    }
  });
  return node;
}

/** 1944-02-03 reads 03/02/1944. */
export function britishDate(iso) {
  const [year, month, day] = String(iso).split('-');
  return day && month && year ? `${day.substring(0, 2)}/${month}/${year}` : iso;
}

function pounds(amount) {
  return amount === null || amount === undefined ? null : money.format(amount);
}

function definitions(rows) {
  const list = el('dl');
  rows.filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value)
      && value.length === 0)).forEach(([term, value]) => list.append(el('dt', {}, term), el('dd', {}, value)));
  return list;
}

function lines(items) {
  if (!items || items.length === 0) {
    return null;
  }
  return items.map(item => el('div', {}, item.detail ? `${item.label}: ${item.detail}` : item.label));
}

function personSection(person) {
  const age = person.age === null || person.age === undefined ? '' : ` (aged ${person.age})`;
  return [
    el('h3', {}, person.name),
    definitions([
      ['Date of birth', person.dateOfBirth ? britishDate(person.dateOfBirth) + age : 'not recorded'],
      ['NHS number', person.nhsNumber || 'not recorded'],
      ['Address', person.address || 'not recorded'],
      ['Alerts', person.alerts.length === 0 ? 'none' : lines(person.alerts)],
      ['Safeguarding', person.safeguarding ? el('span', {class: 'lt-flag'}, person.safeguarding) : null],
      ['Allocated worker', lines(person.allocation) || 'not allocated'],
      ['Involvement', lines(person.involvement) || 'no open involvement'],
      ['Plan in force', lines(person.plans) || 'none'],
    ]),
    el('p', {}, el('a', {href: person.record, target: '_blank', rel: 'noopener'}, `Open ${person.name}'s record`)),
  ];
}

function planTable(items) {
  const head = el('tr', {}, ['Outcome', 'How it is met', 'Provider', 'How often', 'Weekly cost']
      .map(text => el('th', {scope: 'col'}, text)));
  const rows = items.map(item => el('tr', {}, el('td', {}, item.outcome), el('td', {}, item.howItIsMet),
      el('td', {}, item.provider), el('td', {}, item.frequency), el('td', {class: 'lt-money'}, pounds(item.weeklyCost))));
  return el('table', {}, el('thead', {}, head), el('tbody', {}, rows));
}

function decisionSection(decision) {
  const difference = decision.weeklyDifference === null || decision.weeklyDifference === undefined ? null
      : (decision.weeklyDifference > 0 ? 'up ' : decision.weeklyDifference < 0 ? 'down ' : '')
        + money.format(Math.abs(decision.weeklyDifference)) + ' a week';
  return [
    el('h3', {}, 'What you are asked to decide'),
    definitions([
      ['Request', decision.asked.charAt(0).toUpperCase() + decision.asked.slice(1)],
      ['Weekly amount asked', decision.weeklyAsked === null ? null : pounds(decision.weeklyAsked) + ' a week'],
      ['One-off amount asked', pounds(decision.oneOffAsked)],
      ['Residential placement', decision.residential ? 'Yes' : null],
      ['Plan in force', decision.currentPlan],
      ['Current weekly cost', decision.currentWeeklyCost === null ? null : pounds(decision.currentWeeklyCost) + ' a week'],
      ['Difference', difference],
      ['Asked by', decision.requestedBy + (decision.requestedOn ? ` on ${decision.requestedOn}` : '')],
      ['Why', decision.rationale],
      ['Decided at the level of', decision.level],
      ['Why this level', decision.levelWhy],
      ['Gone up a level', decision.escalations > 0 ? `${decision.escalations} time(s) undecided` : null],
      ['Decision so far', decision.status],
    ]),
    decision.planItems.length === 0 ? null : [el('h3', {}, "The plan's lines"), planTable(decision.planItems)],
  ];
}

async function showCase(node, taskId) {
  node.replaceChildren(el('div', {class: 'lt-case', 'aria-live': 'polite'}, 'Reading the case…'));
  let answer;
  try {
    answer = await fetch(`/api/tasks/${encodeURIComponent(taskId)}/case`,
        {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  } catch (e) {
    node.replaceChildren(el('div', {class: 'lt-case'}, 'The case could not be read: check the connection and open the task again.'));
    return;
  }
  if (!answer.ok) {
    node.replaceChildren(el('div', {class: 'lt-case'}, answer.status === 403
        ? 'You may not read the case of this task.' : 'This task is not about one person.'));
    return;
  }
  const taskCase = await answer.json();
  const parts = [];
  if (taskCase.decision) {
    parts.push(decisionSection(taskCase.decision));
  }
  if (taskCase.person) {
    parts.push(personSection(taskCase.person));
  }
  if (taskCase.refusal) {
    parts.push(el('p', {}, taskCase.refusal));
  }
  if (parts.length === 0) {
    parts.push(el('p', {}, 'This task is not about one person.'));
  }
  node.replaceChildren(el('section', {class: 'lt-case', 'aria-label': 'The case'}, parts));
}


// A task's card in the worktray: the kind of work, whom it is about (date of birth, alerts), the due date as a date,
// and the safeguarding flag to those who may know a concern exists.
async function showCard(node, taskId) {
  let card;
  try {
    const answer = await fetch(`/api/tasks/${encodeURIComponent(taskId)}/card`,
        {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (!answer.ok) {
      return;
    }
    card = await answer.json();
  } catch (offline) {
    return;
  }
  const age = card.age === null || card.age === undefined ? '' : ` (aged ${card.age})`;
  node.replaceChildren(el('div', {class: 'lt-card'},
      card.safeguarding ? el('div', {class: 'lt-flag'}, 'Safeguarding') : null,
      card.work ? el('div', {class: 'lt-card-work'}, card.work) : null,
      card.person ? el('div', {class: 'lt-card-person'}, card.person,
          card.dateOfBirth ? `, born ${card.dateOfBirth}${age}` : ', date of birth not recorded') : null,
      card.due ? el('div', {class: card.overdue ? 'lt-card-due lt-overdue' : 'lt-card-due'},
          card.overdue ? `Overdue: was due ${card.due}` : `Due ${card.due}`) : null,
      card.alerts && card.alerts.length > 0
        ? el('ul', {class: 'lt-card-alerts', 'aria-label': 'Alerts'}, card.alerts.map(alert => el('li', {}, alert)))
        : null));
}

export default [
  {
    id: 'letstalk-case',
    pluginPoint: 'tasklist.task.detail',
    // After the form (1000), before the history (800).
    priority: 900,
    properties: {label: 'Case'},
    render: (node, {taskId}) => {
      showCase(node, taskId);
    },
  },
  {
    id: 'letstalk-card',
    pluginPoint: 'tasklist.card',
    priority: 100,
    render: (node, {taskId}) => {
      showCard(node, taskId);
    },
  },
];
