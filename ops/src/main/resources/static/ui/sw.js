/*
 * The service worker of offline capture (docs/offline.md). It keeps the offline page and its
 * scripts and styles, so that the page opens without signal; it keeps no child's data (the page
 * keeps that, sealed, in IndexedDB; the page itself names only the account and its village) and
 * never touches the API: an entry is sent by the
 * page, with its idempotency key, when there is a connection.
 *
 * The page, its scripts and styles come from the network when it answers well within a few
 * seconds (so that they are of one release, in the reader's language, for the account signed
 * in), else from the copies kept: no signal, a signal too weak, the server away or restarting,
 * or the session ended (the page then says to sign in again to send). A page answered by the
 * sign-in form is never kept in place of the offline page.
 */
'use strict';

var CACHE = 'shouhu-field';
var PAGE = '/ui/field';
/** How long the page waits for the network before it opens the copy kept (a weak signal). */
var PATIENCE_MILLIS = 3000;
var SHELL = [PAGE, '/assets/shouhu.js', '/assets/offline.js', '/assets/field.js', '/assets/shouhu.css', '/assets/manifest.webmanifest'];

// The page that registers the worker was loaded before it: keep the shell now, not on its next load.
self.addEventListener('install', function (event) {
  self.skipWaiting();
  event.waitUntil(Promise.all(SHELL.map(function (path) {
    return refresh(new Request(path, {credentials: 'same-origin'})).catch(function () { return null; });
  })));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

function kept(request) {
  var url = new URL(request.url);
  return request.method === 'GET' && url.origin === self.location.origin && SHELL.indexOf(url.pathname) >= 0;
}

function refresh(request) {
  return fetch(request).then(function (response) {
    var wanted = response.ok && !response.redirected && new URL(response.url).pathname === new URL(request.url).pathname;
    if (wanted) {
      var copy = response.clone();
      return caches.open(CACHE).then(function (cache) { return cache.put(request.url.split('?')[0], copy); })
        .then(function () { return response; });
    }
    return response;
  });
}

function networkFirst(request) {
  var fresh = refresh(request);
  var late = new Promise(function (resolve) { setTimeout(resolve, PATIENCE_MILLIS); });
  return Promise.race([fresh.catch(function () { return null; }), late]).then(function (answer) {
    if (answer && answer.ok && !answer.redirected && answer.type !== 'opaqueredirect') {
      return answer;
    }
    return caches.match(request.url.split('?')[0]).then(function (copy) {
      return copy || answer || fresh;
    });
  });
}

self.addEventListener('fetch', function (event) {
  if (kept(event.request)) {
    event.respondWith(networkFirst(event.request));
  }
  // everything else goes to the network as if there were no worker
});
