/*
 * Offline capture (docs/offline.md): a director records visits, concerns, progress notes and
 * risk levels for her village's children where there is no signal, and they are sent when
 * there is.
 *
 * - Each entry is kept, sealed (offline.js), with its own idempotency key, the time the device
 *   captured it and the version of the child it was made against, before anything is sent.
 * - Entries are sent in the order they were made, each with the same key every time, so an
 *   entry whose answer was lost on the way is recorded once however often it is sent again.
 * - What only adds a fact (a visit, a concern, a note) is appended even if the child changed
 *   meanwhile. A risk level made against an outdated version is not applied: the server holds
 *   it as a conflict (202) for a person to resolve on the child's page.
 * - An entry is removed from the device only once the server has answered that it recorded
 *   or held it. A refused entry stays, with the server's reasons, until it is sent again or
 *   discarded. What may pass later (the server busy, a write racing another, a token gone
 *   stale) stops the round and is tried again; it is never marked refused.
 */
(function () {
  'use strict';

  var main;
  var account;
  /** shouhu.offline.keep-for: also how long this tab keeps the key */
  var keepFor;
  var store; // {db, key}
  var syncing = false;
  /**
   * Asked to send while a round was under way (an entry kept meanwhile): one more round after
   * it; 'refresh' when what asked also wanted the children fetched again.
   */
  var again = false;
  var words = {};
  /** How long a send may take, and how often waiting entries are tried again (shouhu.offline.retry-every). */
  var patience;

  function word(name) {
    return words[name] || name;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function show(id, visible) {
    byId(id).hidden = !visible;
  }

  function status(text) {
    byId('field-status').textContent = text;
  }

  function connection() {
    return navigator.onLine ? word('online') : word('offline');
  }

  // ---- the sealed store ------------------------------------------------------------------

  function queued() {
    return ShouhuOffline.inTransaction(store.db, ['queue'], 'readonly', function (queue) {
      return ShouhuOffline.settled(queue.getAll());
    }).then(function (records) {
      return Promise.all(records.map(function (record) {
        return ShouhuOffline.unseal(store.key, record.box).then(function (entry) {
          entry.seq = record.seq;
          return entry;
        }, function () {
          // this key does not open it (damaged): kept and shown, never sent, never deleted unasked
          return {seq: record.seq, state: 'locked', kind: '', childName: '', capturedAt: null};
        });
      }));
    }).then(function (entries) {
      return entries.sort(function (a, b) { return a.seq - b.seq; });
    });
  }

  /** The entry as the queue keeps it: sealed, under its place in the queue (none yet for a new one). */
  function sealed(entry) {
    var plain = Object.assign({}, entry);
    delete plain.seq;
    return ShouhuOffline.seal(store.key, plain).then(function (box) {
      return entry.seq === undefined ? {box: box} : {seq: entry.seq, box: box};
    });
  }

  /**
   * In one transaction, so that a tab closed halfway leaves nothing half done: the entry that
   * was sent (or discarded) leaves the queue, and the entries rewritten are put back, but only
   * those still there. Another tab may have settled one meanwhile, and a put would bring it back,
   * to be sent again.
   */
  function rewrite(gone, entries) {
    return Promise.all(entries.map(sealed)).then(function (records) {
      return ShouhuOffline.inTransaction(store.db, ['queue'], 'readwrite', function (queue) {
        if (gone) { queue.delete(gone.seq); }
        return Promise.all(records.map(function (record) {
          if (record.seq === undefined) {
            return ShouhuOffline.settled(queue.add(record));
          }
          return ShouhuOffline.settled(queue.getKey(record.seq)).then(function (there) {
            return there === undefined ? null : ShouhuOffline.settled(queue.put(record));
          });
        }));
      });
    });
  }

  function keep(entry) {
    return rewrite(null, [entry]);
  }

  function forget(entry) {
    return rewrite(entry, []);
  }

  /** The sent entry leaves the queue, and the later entries it changed are rewritten. */
  function settle(sent, changed) {
    return rewrite(sent, changed);
  }

  function loadChildren() {
    return ShouhuOffline.read(store.db, 'meta', 'children').then(function (box) {
      return box ? ShouhuOffline.unseal(store.key, box) : {items: [], cachedAt: null};
    });
  }

  /** Resolves with what it kept, for the page to show without reading it back. */
  function saveChildren(items) {
    var cached = {items: items, cachedAt: Date.now()};
    return ShouhuOffline.seal(store.key, cached).then(function (box) {
      return ShouhuOffline.inTransaction(store.db, ['meta'], 'readwrite', function (meta) {
        meta.put(box, 'children');
        meta.put(cached.cachedAt, 'cachedAt'); // plain, so that any page can delete the children past their time
      });
    }).then(function () { return cached; });
  }

  // ---- what the page shows ---------------------------------------------------------------

  function renderChildren(cached) {
    var children = cached.items || [];
    var list = byId('field-child-list');
    list.textContent = '';
    children.forEach(function (child) {
      var item = document.createElement('li');
      item.setAttribute('data-child', child.childId);
      var name = document.createElement('strong');
      name.textContent = child.name;
      item.appendChild(name);
      item.appendChild(document.createTextNode(' · ' + child.village + ' · ' + word('risk.' + child.riskLevel)
        + (child.lastVisitOn ? ' · ' + word('lastVisit') + ' ' + child.lastVisitOn : '')));
      var actions = document.createElement('p');
      actions.className = 'actions';
      ['visit', 'concern', 'progress', 'risk'].forEach(function (kind) {
        if (kind === 'progress' && !(child.openInterventions || []).length) {
          return;
        }
        actions.appendChild(button('record-' + kind, word('kind.' + kind), function () { openForm(kind, child); }));
      });
      item.appendChild(actions);
      list.appendChild(item);
    });
    show('field-no-children', !children.length);
    find();
    byId('field-cached').textContent = cached.cachedAt
      ? word('cachedAt') + ' ' + when(cached.cachedAt) : '';
  }

  function button(className, text, onClick) {
    var made = document.createElement('button');
    made.type = 'button';
    made.className = className;
    made.textContent = text;
    made.addEventListener('click', onClick);
    return made;
  }

  /** Only the children whose name or village holds what was typed: a village may have a hundred. */
  function find() {
    var wanted = byId('field-find').value.trim().toLowerCase();
    byId('field-child-list').querySelectorAll('li[data-child]').forEach(function (item) {
      item.hidden = wanted !== '' && item.textContent.toLowerCase().indexOf(wanted) < 0;
    });
  }

  function when(millis) {
    return new Date(millis).toLocaleString(document.documentElement.lang || undefined);
  }

  function renderQueue() {
    return queued().then(function (entries) {
      var list = byId('field-queue-list');
      list.textContent = '';
      entries.forEach(function (entry) {
        var item = document.createElement('li');
        item.setAttribute('data-state', entry.state);
        item.setAttribute('data-kind', entry.kind);
        if (entry.state === 'locked') {
          item.appendChild(document.createTextNode(word('locked')));
          list.appendChild(item);
          return;
        }
        item.appendChild(document.createTextNode(word('kind.' + entry.kind) + ' · ' + entry.childName + ' · '
          + word('capturedAt') + ' ' + when(entry.capturedAt) + ' · ' + word(entry.state)));
        if (entry.state === 'refused') {
          var why = document.createElement('p');
          why.className = 'problem';
          why.textContent = entry.problem;
          item.appendChild(why);
          item.appendChild(button('discard', word('discard'), function () {
            if (window.confirm(word('discardSure'))) {
              forget(entry).then(renderQueue);
            }
          }));
          item.appendChild(button('send-again', word('sendAgain'), function (event) {
            event.target.disabled = true; // a second tap would put back what the round has settled
            entry.state = 'waiting';
            delete entry.problem;
            keep(entry).then(function () { return sync(true); });
          }));
        }
        list.appendChild(item);
      });
      show('field-nothing-waiting', !entries.length);
      return entries;
    });
  }

  function reportResult(entry, state, answer) {
    var item = document.createElement('li');
    item.setAttribute('data-state', state);
    item.setAttribute('data-kind', entry.kind);
    item.appendChild(document.createTextNode(word('kind.' + entry.kind) + ' · ' + entry.childName + ' · ' + word(state) + ' '));
    var link = document.createElement('a');
    link.href = main.getAttribute('data-child-page') + encodeURIComponent(entry.childId)
      + '?minPosition=' + encodeURIComponent(answer.position || '') + (state === 'held' ? '#conflicts' : '#timeline');
    link.textContent = word('openChild');
    item.appendChild(link);
    byId('field-result-list').appendChild(item);
    show('field-results', true);
  }

  // ---- recording an entry ----------------------------------------------------------------

  var current = null; // {kind, child, path}

  function openForm(kind, child) {
    var template = byId('field-form-' + kind);
    var fields = byId('field-form-fields');
    fields.textContent = '';
    fields.appendChild(template.content.cloneNode(true));
    if (kind === 'progress') {
      var select = fields.querySelector('[data-field="interventionId"]');
      (child.openInterventions || []).forEach(function (intervention) {
        var option = document.createElement('option');
        option.value = intervention.interventionId;
        option.textContent = word('kind.progress') + ': ' + intervention.type + ' · ' + intervention.openedOn;
        select.appendChild(option);
      });
      if (child.openInterventions.length === 1) {
        select.value = child.openInterventions[0].interventionId;
      }
    }
    // the page may be days old (the worker's copy): a date field opens on the device's today
    fields.querySelectorAll('input[type="date"][data-field]').forEach(function (input) {
      input.value = today();
    });
    // one key per opened form: a double tap keeps the same entry twice, which is recorded once
    current = {kind: kind, child: child, path: template.getAttribute('data-path'), key: Shouhu.newKey()};
    byId('field-entry-title').textContent = template.getAttribute('data-title');
    byId('field-entry-child').textContent = child.name + ' · ' + child.village;
    show('field-entry', true);
    byId('field-entry').scrollIntoView();
    var first = fields.querySelector('input, select, textarea');
    if (first) { first.focus(); }
  }

  function today() {
    var now = new Date();
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    return now.getFullYear() + '-' + two(now.getMonth() + 1) + '-' + two(now.getDate());
  }

  function closeForm() {
    current = null;
    byId('field-form-fields').textContent = '';
    show('field-entry', false);
  }

  /** Only what the device can know: a required field left empty. The rest is the server's to judge. */
  function missing(form) {
    var empty = [];
    form.querySelectorAll('[aria-required="true"]').forEach(function (input) {
      if (!input.value.trim()) {
        empty.push(input);
      }
    });
    return empty;
  }

  function capture(event) {
    event.preventDefault();
    var form = byId('field-form');
    if (!current || current.keeping) {
      return;
    }
    Shouhu.clear(form);
    var empty = missing(form);
    if (empty.length) {
      empty.forEach(function (input) {
        input.setAttribute('aria-invalid', 'true');
        var slot = form.querySelector('[data-error-for="' + input.getAttribute('data-field') + '"]');
        slot.textContent = word('required');
        slot.hidden = false;
      });
      Shouhu.say(form, form.getAttribute('data-msg-fix'));
      empty[0].focus();
      return;
    }
    var body = Shouhu.json(form);
    var path = current.path;
    if (body.interventionId) {
      path = path.replace('{intervention}', encodeURIComponent(body.interventionId));
      delete body.interventionId;
    }
    var entry = {
      key: current.key,
      kind: current.kind,
      childId: current.child.childId,
      childName: current.child.name,
      path: main.getAttribute('data-api') + encodeURIComponent(current.child.childId) + '/' + path,
      body: body,
      capturedAt: new Date().toISOString(),
      againstVersion: current.child.version,
      state: 'waiting'
    };
    var keeping = current;
    keeping.keeping = true;
    var save = form.querySelector('button[type="submit"]');
    save.disabled = true;
    keep(entry).then(function () {
      closeForm();
      save.disabled = false;
      return renderQueue();
    }, function () {
      // not kept (the device's storage full, or the store closed by a sign-out elsewhere): say so
      keeping.keeping = false;
      save.disabled = false;
      Shouhu.say(form, word('notKept'));
    }).then(function () {
      if (navigator.onLine && !current) { sync(false); }
    }).catch(function () { /* shown on the next render */ });
  }

  // ---- sending ---------------------------------------------------------------------------

  /** Resolves with the session's account and CSRF token; rejects with 'network' or 'signed-out'. */
  function session() {
    return within(main.getAttribute('data-session'), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) {
        if (response.status >= 500 || response.status === 429) {
          throw 'later'; // the server restarting or busy: the session may well be alive
        }
        var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
        if (!response.ok || response.redirected || !json) {
          throw 'signed-out';
        }
        return response.json();
      });
  }

  /**
   * A fetch that gives up after the retry interval: a connection that stays up but carries
   * nothing must not hold the round (and the button) for minutes. Rejects with 'network'.
   */
  function within(url, init) {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, patience) : null;
    return fetch(url, Object.assign({signal: controller ? controller.signal : undefined}, init)).then(function (response) {
      clearTimeout(timer);
      return response;
    }, function () {
      clearTimeout(timer);
      throw 'network';
    });
  }

  function headersOf(signedIn) {
    var headers = Shouhu.apiHeaders();
    headers[signedIn.csrfHeader] = signedIn.csrfToken;
    return headers;
  }

  /** One entry: 'recorded', 'held', 'refused', or a rejection ('network', 'signed-out', 'later') that stops the round. */
  function send(entry, signedIn) {
    var headers = headersOf(signedIn);
    headers['Content-Type'] = 'application/json';
    headers['Idempotency-Key'] = entry.key;
    headers['X-Captured-At'] = entry.capturedAt;
    if (entry.againstVersion !== undefined && entry.againstVersion !== null) {
      headers['X-Captured-Against-Version'] = String(entry.againstVersion);
    }
    return within(entry.path, {method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(entry.body)})
      .then(function (response) {
        return Shouhu.answerOf(response).then(function (answer) {
          if (response.redirected || response.status === 401) {
            throw 'signed-out'; // answered by a sign-in page (a proxy's), not by the API: nothing recorded
          }
          if (response.status === 202) {
            return {outcome: 'held', answer: answer};
          }
          if (response.ok) {
            return {outcome: 'recorded', answer: answer};
          }
          if (response.status === 403) {
            return {outcome: 'forbidden', answer: answer};
          }
          // 409: a write racing another on the same child (the API says "repeat the request")
          if (response.status === 408 || response.status === 409 || response.status === 429 || response.status >= 500) {
            throw 'later';
          }
          return {outcome: 'refused', answer: answer};
        });
      });
  }

  /** The server's refusal, its rules in the reader's language where the interface knows them. */
  function describe(problem) {
    var errors = (problem.errors || []).map(function (error) { return error.field + ': ' + Shouhu.wording(error); });
    return [problem.detail || problem.title || ''].concat(errors).join(' ').trim();
  }

  /**
   * A 403 may be the session's CSRF token gone stale (a sign-in in another tab) as well as a
   * real refusal (the child moved out of the village): asked once more with a fresh token.
   */
  function sendTrying(entry, signedIn) {
    return send(entry, signedIn).then(function (result) {
      if (result.outcome !== 'forbidden') {
        return result;
      }
      return session().then(function (fresh) {
        return send(entry, fresh);
      }).then(function (retried) {
        return retried.outcome === 'forbidden' ? {outcome: 'refused', answer: retried.answer} : retried;
      });
    });
  }

  /** Resolves with the highest position the server answered, for the children's refresh to wait for. */
  function sendWaiting(signedIn, entries) {
    var highest = 0;
    return entries.reduce(function (previous, entry) {
      return previous.then(function () {
        if (entry.state !== 'waiting') { return null; }
        return sendTrying(entry, signedIn).then(function (result) {
          if (result.outcome === 'refused') {
            entry.state = 'refused';
            entry.problem = describe(result.answer);
            return keep(entry);
          }
          highest = Math.max(highest, Number(result.answer.position) || 0);
          reportResult(entry, result.outcome, result.answer);
          var changed = result.outcome === 'recorded' && entry.kind === 'risk'
            ? seenOwnRiskLevel(entries, entry, result.answer.version) : [];
          return settle(entry, changed);
        });
      });
    }, Promise.resolve()).then(function () { return highest; });
  }

  /**
   * A risk level this device recorded was applied: no other level came between the version it
   * was made against and the version it made. The device's later entries for the child were made
   * having seen it, so they are checked against that version, not held as a conflict with it.
   */
  function seenOwnRiskLevel(entries, applied, version) {
    var later = entries.filter(function (entry) {
      return entry.seq > applied.seq && entry.childId === applied.childId && entry.state === 'waiting'
        && typeof version === 'number' && entry.againstVersion < version;
    });
    later.forEach(function (entry) { entry.againstVersion = version; });
    return later;
  }

  /** @param position the children as of this position at least: the versions the round's own writes made */
  function refreshChildren(signedIn, position) {
    var items = [];
    var page = function (cursor) {
      var url = main.getAttribute('data-children') + '?limit=500&minPosition=' + position
        + (cursor ? '&cursor=' + encodeURIComponent(cursor) : '');
      return within(url, {credentials: 'same-origin', headers: headersOf(signedIn)}).then(function (response) {
        if (response.status === 401) { throw 'signed-out'; }
        if (!response.ok) { throw 'later'; }
        return response.json();
      }).then(function (answer) {
        items = items.concat(answer.items);
        return answer.nextCursor ? page(answer.nextCursor) : items;
      });
    };
    return page(null).then(saveChildren).then(renderChildren);
  }

  /**
   * One round: what waits is sent, in order; then the children are fetched again when asked
   * (opening, the network back, the button) or when something was sent. The timer's rounds
   * only send: each fetch of the children is in the access log, once per child.
   */
  function sync(refresh) {
    if (!store || !store.key) {
      return Promise.resolve();
    }
    if (syncing) {
      again = again === 'refresh' || refresh ? 'refresh' : true;
      return Promise.resolve();
    }
    syncing = true;
    return oneTabAtATime(function () { return round(refresh); }).then(function () {
      syncing = false;
      return renderQueue();
    }).then(function () {
      var next = again;
      again = false;
      if (next && navigator.onLine) {
        return sync(next === 'refresh');
      }
    });
  }

  /**
   * Two tabs of the same account would send the same queue side by side: one sends while the
   * other waits its turn (navigator.locks; a browser without it has one round per tab, which the
   * idempotency keys make harmless).
   */
  function oneTabAtATime(work) {
    if (!navigator.locks) {
      return work();
    }
    return navigator.locks.request('shouhu-sync/' + account, work);
  }

  function round(refresh) {
    status(word('sending'));
    return session().then(function (signedIn) {
      if (signedIn.account !== account) {
        // this copy of the page is another account's: its key and the worker's copy go, the server's page comes
        status(word('otherAccount'));
        ShouhuOffline.forgetKey();
        return ShouhuOffline.forgetPage().then(function () { location.reload(); });
      }
      return queued().then(function (entries) { return sendWaiting(signedIn, entries); })
        .then(function (position) { return refresh || position ? refreshChildren(signedIn, position) : null; })
        .then(function () { status(word('online') + ' · ' + word('sent')); });
    }).catch(function (reason) {
      status(reason === 'signed-out' ? word('signInAgain') : reason === 'network' || reason === 'later'
        ? connection() + ' · ' + word('interrupted') : String(reason));
    });
  }

  /** The key's time is up (shouhu.offline.keep-for): what the page shows goes, and it asks for the password. */
  function lockWhenTimeIsUp() {
    if (store && store.key && !ShouhuOffline.remembered(account, keepFor)) {
      store.key = null;
      closeForm();
      renderChildren({items: [], cachedAt: null});
      byId('field-queue-list').textContent = '';
      opened({db: store.db, key: null, fresh: false});
    }
  }

  // ---- opening ---------------------------------------------------------------------------

  function ready(opened) {
    store = opened;
    show('field-locked', false);
    return loadChildren().then(renderChildren).then(renderQueue).then(function () {
      status(connection());
      if (navigator.onLine) { sync(true); }
    });
  }

  function opened(result) {
    if (result.key) {
      return ready(result);
    }
    store = result;
    if (result.fresh) {
      show('field-fresh', true);
      return null;
    }
    show('field-locked', true);
    show('field-unlock-problem', !!result.wrongPassword);
    byId('field-password').focus();
    return null;
  }

  function registerWorker() {
    if (!('serviceWorker' in navigator)) {
      return;
    }
    navigator.serviceWorker.register(main.getAttribute('data-worker'), {scope: main.getAttribute('data-scope')})
      .catch(function () { /* the page works while open; it only will not open without signal */ });
  }

  document.addEventListener('DOMContentLoaded', function () {
    main = document.querySelector('main[data-account]');
    if (!main) { return; }
    account = main.getAttribute('data-account');
    keepFor = Number(main.getAttribute('data-keep-for'));
    byId('field-words').content.querySelectorAll('[data-word]').forEach(function (span) {
      words[span.getAttribute('data-word')] = span.textContent;
    });
    if (!window.ShouhuOffline || !ShouhuOffline.supported()) {
      show('field-unsupported', true);
      return;
    }
    registerWorker();
    byId('field-form').addEventListener('submit', capture);
    byId('field-cancel').addEventListener('click', closeForm);
    byId('field-sync').addEventListener('click', function () { sync(true); });
    byId('field-find').addEventListener('input', find);
    byId('field-unlock').addEventListener('submit', function (event) {
      event.preventDefault();
      if (store && store.db) { store.db.close(); }
      ShouhuOffline.unlock(account, byId('field-password').value, keepFor).then(opened);
    });
    window.addEventListener('online', function () { sync(true); });
    window.addEventListener('offline', function () { status(connection()); });
    // signed out in another tab: the store is deleted, and this page must not go on showing it
    window.addEventListener('shouhu-offline-wiped', function () { location.reload(); });
    patience = Number(main.getAttribute('data-retry-every'));
    setInterval(function () {
      lockWhenTimeIsUp();
      if (navigator.onLine && store && store.key && byId('field-queue-list').querySelector('li[data-state="waiting"]')) {
        sync(false);
      }
    }, patience);
    ShouhuOffline.unlock(account, undefined, keepFor).then(opened);
  });
})();
