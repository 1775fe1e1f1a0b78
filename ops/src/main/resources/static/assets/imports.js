/*
 * The import page: sends the ledger file to POST /api/v1/imports (a dry run unless the box is
 * cleared), shows the rows the import would refuse, or follows the job until it ends.
 */
(function () {
  'use strict';
  var POLL_EVERY_MS = 1000;

  function fill(template, values) {
    return template.replace(/\{(\d+)\}/g, function (all, i) { return values[Number(i)]; });
  }

  function showErrors(errors) {
    var body = document.querySelector('#import-errors tbody');
    body.textContent = '';
    (errors || []).forEach(function (e) {
      var row = document.createElement('tr');
      [e.row, e.column, e.value, e.rule, e.message].forEach(function (text) {
        var cell = document.createElement('td');
        cell.textContent = text == null ? '' : String(text);
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
  }

  function follow(form, location) {
    fetch(location, {headers: {'X-Requested-With': 'fetch', 'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (job) {
        var summary = document.querySelector('#import-summary');
        if (job.status === 'RUNNING') {
          summary.textContent = fill(form.getAttribute('data-msg-running'), [job.rowsDone, job.totalRows]);
          setTimeout(function () { follow(form, location); }, POLL_EVERY_MS);
          return;
        }
        summary.textContent = fill(form.getAttribute('data-msg-done'), [job.created, job.updated, job.unchanged, job.failed, job.status]);
        showErrors(job.errors);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('#import-form');
    if (!form) { return; }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      Shouhu.clear(form);
      var file = document.querySelector('#ledger-file');
      var dryRun = document.querySelector('#dry-run').checked;
      var data = new FormData();
      if (file.files.length) { data.append('file', file.files[0]); }
      var headers = Object.assign(Shouhu.csrfHeaders(), Shouhu.apiHeaders());
      headers['Idempotency-Key'] = Shouhu.newKey();
      fetch('/api/v1/imports' + (dryRun ? '?dryRun=true' : ''), {method: 'POST', headers: headers, body: data, credentials: 'same-origin'})
        .then(function (response) {
          return response.json().then(function (answer) {
            var section = document.querySelector('#import-result');
            if (!response.ok) {
              Shouhu.showRefusal(form, response.status, answer);
              return;
            }
            section.hidden = false;
            if (answer.dryRun) {
              document.querySelector('#import-summary').textContent = fill(form.getAttribute('data-msg-would'),
                [answer.rows, answer.create, answer.update, answer.unchanged, answer.failed]);
              var errors = [];
              (answer.results || []).forEach(function (r) { (r.errors || []).forEach(function (e) { errors.push(e); }); });
              showErrors(errors);
              return;
            }
            follow(form, response.headers.get('Location') || ('/api/v1/imports/' + answer.jobId));
          });
        }, function () { Shouhu.say(form, form.getAttribute('data-msg-network')); });
    });
  });
})();
