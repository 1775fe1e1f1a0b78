/*
 * The web interface's forms: each sends its fields to the API as the API's own JSON (or
 * multipart for a file), with the session's CSRF token and an idempotency key, so a double
 * click or a retried send records once. The API decides; this script only shows its answer:
 * the child's page on success, each refused field's message beside the field otherwise, and
 * the look-alike records when a registration may be a duplicate.
 */
(function () {
  'use strict';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {};
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  /** A random UUID, also where crypto.randomUUID is missing (plain http on a village network). */
  function newKey() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  function put(target, path, value) {
    var parts = path.split('.');
    var node = target;
    for (var i = 0; i < parts.length - 1; i++) {
      node = node[parts[i]] = node[parts[i]] || {};
    }
    node[parts[parts.length - 1]] = value;
  }

  /** The form as the API's JSON: empty fields are left out, so the API's defaults and rules apply. */
  function json(form) {
    var body = {};
    form.querySelectorAll('[data-field]').forEach(function (el) {
      var type = el.getAttribute('data-type');
      var value;
      if (type === 'choices') {
        value = Array.prototype.map.call(el.querySelectorAll('input:checked'), function (box) { return box.value; });
        if (!value.length) { return; }
      } else if (type === 'yes-no') {
        value = el.checked;
      } else {
        value = el.value.trim();
        if (value === '') { return; }
      }
      put(body, el.getAttribute('data-field'), value);
    });
    var confirm = form.querySelector('#confirm-not-duplicate');
    if (confirm && confirm.checked) {
      body.confirmNotDuplicate = true;
    }
    return body;
  }

  function multipart(form) {
    var data = new FormData();
    form.querySelectorAll('[data-field]').forEach(function (el) {
      if (el.type === 'file') {
        if (el.files.length) { data.append(el.getAttribute('data-field'), el.files[0]); }
      } else if (el.value) {
        data.append(el.getAttribute('data-field'), el.value);
      }
    });
    return data;
  }

  /** The refusal in the reader's language where the interface knows the rule, else the API's message. */
  function wording(error) {
    var rule = (error.rule || '').split('.').pop();
    var known = document.querySelector('#rule-messages');
    var span = known && known.content.querySelector('[data-rule="' + rule + '"]');
    return span ? span.textContent + ' (' + error.message + ')' : error.message;
  }

  function clear(form) {
    form.querySelectorAll('.error').forEach(function (p) { p.hidden = true; p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
    var problem = form.querySelector('.form-problem');
    problem.hidden = true;
    problem.textContent = '';
  }

  function say(form, text) {
    var problem = form.querySelector('.form-problem');
    problem.textContent = text;
    problem.hidden = false;
    problem.focus();
  }

  function showDuplicates(form, candidates) {
    var section = form.querySelector('#duplicates');
    var list = form.querySelector('#duplicate-list');
    if (!section || !list) { return; }
    list.textContent = '';
    candidates.forEach(function (c) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = form.getAttribute('data-done').replace('{child}', encodeURIComponent(c.childId));
      link.textContent = c.name;
      item.appendChild(link);
      item.appendChild(document.createTextNode(' ' + (c.dateOfBirth || '') + ' ' + (c.township || '') + ' ' + (c.village || '')
        + ' (' + Math.round(Number(c.score) * 100) + '%)'));
      list.appendChild(item);
    });
    section.hidden = false;
  }

  function showRefusal(form, status, problem) {
    if (status === 409 && problem.candidates) {
      showDuplicates(form, problem.candidates);
    }
    var errors = problem.errors || [];
    var first = null;
    errors.forEach(function (error) {
      var slot = form.querySelector('[data-error-for="' + (window.CSS && CSS.escape ? CSS.escape(error.field) : error.field) + '"]');
      if (!slot) { return; }
      slot.textContent = wording(error);
      slot.hidden = false;
      var input = form.querySelector('[data-field="' + error.field + '"]');
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        first = first || input;
      }
    });
    say(form, errors.length ? form.getAttribute('data-msg-fix') + ' ' + (problem.detail || '')
      : form.getAttribute('data-msg-refused') + ' ' + (problem.detail || problem.title || status));
    if (first && first.focus) { first.focus(); }
  }

  /** What the API's answers and refusals are asked for with: JSON, from a script. */
  function apiHeaders() {
    return {'X-Requested-With': 'fetch', Accept: 'application/json, application/problem+json'};
  }

  /** The answer's JSON; an answer that is not JSON (a proxy's page) becomes its detail. */
  function answerOf(response) {
    return response.text().then(function (text) {
      try { return text ? JSON.parse(text) : {}; } catch (ignored) { return {detail: text}; }
    });
  }

  function submit(event) {
    event.preventDefault();
    var form = event.target;
    clear(form);
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    var headers = Object.assign(csrfHeaders(), apiHeaders());
    headers['Idempotency-Key'] = form.getAttribute('data-key');
    var init = {method: 'POST', headers: headers, credentials: 'same-origin'};
    if (form.getAttribute('data-multipart') === 'true') {
      init.body = multipart(form);
    } else {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(json(form));
    }
    fetch(form.getAttribute('data-action'), init).then(function (response) {
      return answerOf(response).then(function (answer) {
        if (response.ok) {
          var child = answer.childId || form.getAttribute('data-child');
          location.assign(form.getAttribute('data-done').replace('{child}', encodeURIComponent(child))
            + '?minPosition=' + encodeURIComponent(answer.position || '') + '#timeline');
          return;
        }
        // refused: nothing was recorded, and the corrected form is a new request
        form.setAttribute('data-key', newKey());
        showRefusal(form, response.status, answer);
        button.disabled = false;
      });
    }, function () {
      // no answer: the same key again, so a send that did arrive is not recorded twice
      say(form, form.getAttribute('data-msg-network'));
      button.disabled = false;
    });
  }

  // the import page's script sends files the same way, and offline capture keeps its entries as this JSON
  window.Shouhu = {csrfHeaders: csrfHeaders, newKey: newKey, json: json, say: say, clear: clear, showRefusal: showRefusal,
    apiHeaders: apiHeaders, answerOf: answerOf, wording: wording};

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.api-form').forEach(function (form) {
      form.setAttribute('data-key', newKey());
      form.addEventListener('submit', submit);
    });
  });
})();
