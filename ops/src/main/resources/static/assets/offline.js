/*
 * The browser's side of offline capture (docs/offline.md): where a director's cached children
 * and the entries she recorded without signal are kept, and how they are locked and wiped.
 *
 * - Everything kept holds personal data, so it is sealed with AES-GCM under a key derived
 *   (PBKDF2-SHA-256) from her password as she signs in; the password itself is never kept.
 *   The key lives in this tab's sessionStorage only, for at most shouhu.offline.keep-for: when
 *   the tab is gone or the time is up, opening the offline page asks for the password again and
 *   derives the same key from the stored salt.
 * - One IndexedDB database per account ("shouhu-offline/<account>"): "meta" holds the salt,
 *   the rounds, a sealed check value, and the sealed children; "queue" the sealed entries.
 * - Signing out deletes that database, the key and the service worker's cache; cached
 *   children older than shouhu.offline.keep-for are deleted on any page.
 *
 * Used by the sign-in page, by every page's sign-out button and by field.js.
 */
(function () {
  'use strict';

  var DATABASE = 'shouhu-offline/';
  var SESSION_KEY = 'shouhu.offline.key';
  /** The service worker's cache (sw.js names it the same). */
  var CACHE = 'shouhu-field';
  var CHECK = 'shouhu';
  /** How long a sign-out waits for a fresh CSRF token before it is sent with the one it has. */
  var TOKEN_PATIENCE_MILLIS = 5000;
  /** This tab is signing out: the store it deletes is not another tab's sign-out to react to. */
  var wiping = false;

  function supported() {
    return !!(window.indexedDB && window.crypto && crypto.subtle && window.sessionStorage && window.TextEncoder);
  }

  function base64(bytes) {
    return btoa(String.fromCharCode.apply(null, new Uint8Array(bytes)));
  }

  function bytes(text) {
    var chars = atob(text);
    var result = new Uint8Array(chars.length);
    for (var i = 0; i < chars.length; i++) {
      result[i] = chars.charCodeAt(i);
    }
    return result;
  }

  function settled(request) {
    return new Promise(function (resolve, reject) {
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function exists(account) {
    if (!indexedDB.databases) {
      return Promise.resolve(true); // cannot tell: opening creates an empty one, which is harmless
    }
    return indexedDB.databases().then(function (all) {
      return all.some(function (database) { return database.name === DATABASE + account; });
    });
  }

  function open(account) {
    var request = indexedDB.open(DATABASE + account, 1);
    request.onupgradeneeded = function () {
      request.result.createObjectStore('meta');
      request.result.createObjectStore('queue', {keyPath: 'seq', autoIncrement: true});
    };
    return settled(request).then(function (db) {
      // another tab signed out and deletes it: let it, and this tab's key goes with the store
      db.onversionchange = function () {
        db.close();
        if (!wiping) {
          forgetKey();
          window.dispatchEvent(new Event('shouhu-offline-wiped'));
        }
      };
      return db;
    });
  }

  /** Runs work(store...) in one transaction and resolves with its result once committed. */
  function inTransaction(db, stores, mode, work) {
    return new Promise(function (resolve, reject) {
      var tx = db.transaction(stores, mode);
      var result;
      Promise.resolve(work.apply(null, stores.map(function (name) { return tx.objectStore(name); })))
        .then(function (value) { result = value; }, reject);
      tx.oncomplete = function () { resolve(result); };
      tx.onerror = function () { reject(tx.error); };
      tx.onabort = function () { reject(tx.error || new Error('aborted')); };
    });
  }

  function read(db, store, key) {
    return inTransaction(db, [store], 'readonly', function (s) { return settled(s.get(key)); });
  }

  function derive(password, salt, rounds) {
    var text = new TextEncoder().encode(password);
    return crypto.subtle.importKey('raw', text, 'PBKDF2', false, ['deriveBits']).then(function (base) {
      return crypto.subtle.deriveBits({name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: rounds}, base, 256);
    });
  }

  function aesKey(raw) {
    return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  }

  function seal(key, value) {
    var iv = crypto.getRandomValues(new Uint8Array(12));
    return crypto.subtle.encrypt({name: 'AES-GCM', iv: iv}, key, new TextEncoder().encode(JSON.stringify(value)))
      .then(function (data) { return {iv: iv, data: data}; });
  }

  function unseal(key, box) {
    return crypto.subtle.decrypt({name: 'AES-GCM', iv: box.iv}, key, box.data)
      .then(function (plain) { return JSON.parse(new TextDecoder().decode(plain)); });
  }

  /** The salt and rounds this account's store was sealed with, or null when it has none yet. */
  function lockOf(account) {
    return exists(account).then(function (found) {
      if (!found) { return null; }
      return open(account).then(function (db) {
        return inTransaction(db, ['meta'], 'readonly', function (meta) {
          return Promise.all([settled(meta.get('salt')), settled(meta.get('rounds'))]);
        }).then(function (values) {
          db.close();
          return values[0] ? {salt: new Uint8Array(values[0]), rounds: values[1]} : null;
        });
      });
    });
  }

  function remember(account, salt, rounds, raw) {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({account: account, salt: base64(salt), rounds: rounds,
      key: base64(raw), at: Date.now()}));
  }

  function forgetKey() {
    sessionStorage.removeItem(SESSION_KEY);
  }

  /** Deletes the service worker's copy of the offline page. */
  function forgetPage() {
    return window.caches ? caches.delete(CACHE).catch(function () { return false; }) : Promise.resolve(false);
  }

  /**
   * The key this tab keeps for the account, unless older than maxAgeMillis (then it is dropped).
   * Its age counts from the password typed, never from a later use: the key lasts keep-for at most.
   */
  function remembered(account, maxAgeMillis) {
    var session = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
    if (session && maxAgeMillis > 0 && !(Date.now() - session.at <= maxAgeMillis)) {
      sessionStorage.removeItem(SESSION_KEY);
      return null;
    }
    return session && session.account === account ? session : null;
  }

  /**
   * At sign-in: derive the key from the password typed, with the salt the account's store
   * already has (or a new one), and keep it for this tab. Never stops a sign-in.
   */
  function prepareAtSignIn(form) {
    form.addEventListener('submit', function (event) {
      if (form.getAttribute('data-prepared') === 'true' || !supported()) {
        return;
      }
      event.preventDefault();
      var account = form.querySelector('#username').value.trim();
      var password = form.querySelector('#password').value;
      var rounds = Number(form.getAttribute('data-key-rounds'));
      var go = function () {
        form.setAttribute('data-prepared', 'true');
        form.submit();
      };
      lockOf(account).then(function (lock) {
        var salt = lock ? lock.salt : crypto.getRandomValues(new Uint8Array(16));
        var used = lock && lock.rounds ? lock.rounds : rounds;
        return derive(password, salt, used).then(function (raw) { remember(account, salt, used, raw); });
      }).then(go, go);
    });
  }

  /**
   * The account's opened store: its database and its key, from this tab's session or from a
   * password typed again (unlock). A new store takes the session's salt and writes its check.
   */
  function unlock(account, password, maxAgeMillis) {
    return open(account).then(function (db) {
      return inTransaction(db, ['meta'], 'readonly', function (meta) {
        return Promise.all([settled(meta.get('salt')), settled(meta.get('rounds')), settled(meta.get('check'))]);
      }).then(function (values) {
        var salt = values[0] && new Uint8Array(values[0]);
        var rounds = values[1];
        var check = values[2];
        var session = remembered(account, maxAgeMillis);
        var fromSession = session && (!salt || base64(salt) === session.salt);
        var raw;
        if (password !== undefined && salt) {
          raw = derive(password, salt, rounds);
        } else if (fromSession) {
          raw = Promise.resolve(bytes(session.key));
        } else {
          return {db: db, key: null, fresh: !salt};
        }
        return raw.then(function (rawKey) {
          return aesKey(rawKey).then(function (key) {
            if (!salt) {
              // a first use on this device: the store takes the salt the key was made with
              return seal(key, CHECK).then(function (box) {
                return inTransaction(db, ['meta'], 'readwrite', function (meta) {
                  meta.put(bytes(session.salt), 'salt');
                  meta.put(session.rounds, 'rounds');
                  meta.put(box, 'check');
                });
              }).then(function () { return {db: db, key: key, fresh: true}; });
            }
            return unseal(key, check).then(function (value) {
              if (value !== CHECK) { throw new Error('wrong key'); }
              if (password !== undefined) {
                remember(account, salt, rounds, rawKey);
              }
              return {db: db, key: key, fresh: false};
            }, function () {
              // not this store's key: the password was changed since, or mistyped now
              return {db: db, key: null, fresh: false, wrongPassword: password !== undefined};
            });
          });
        });
      });
    });
  }

  function waitingEntries(account) {
    return exists(account).then(function (found) {
      if (!found) { return 0; }
      return open(account).then(function (db) {
        return inTransaction(db, ['queue'], 'readonly', function (queue) { return settled(queue.count()); })
          .then(function (count) { db.close(); return count; });
      });
    });
  }

  /**
   * Deletes everything offline capture kept in this browser for the account. The service worker
   * goes too: the next account to sign in here registers its own, which keeps its own page.
   */
  function wipe(account) {
    wiping = true;
    forgetKey();
    var deleted = settled(indexedDB.deleteDatabase(DATABASE + account)).catch(function () { return null; });
    var worker = navigator.serviceWorker && navigator.serviceWorker.getRegistrations
      ? navigator.serviceWorker.getRegistrations().then(function (registrations) {
        return Promise.all(registrations.map(function (registration) { return registration.unregister(); }));
      }).catch(function () { return null; }) : Promise.resolve(null);
    var cached = worker.then(forgetPage);
    return Promise.all([deleted, cached]);
  }

  /**
   * What every page does for a village's recorder, in one transaction: cached children past
   * their time are deleted (entries not yet sent are kept until sent), and the entries waiting
   * are counted for the banner. Resolves with that count (0 when the account keeps nothing here).
   */
  function onEveryPage(account, keepForMillis) {
    return exists(account).then(function (found) {
      if (!found) { return 0; }
      return open(account).then(function (db) {
        return inTransaction(db, ['meta', 'queue'], 'readwrite', function (meta, queue) {
          var expired = settled(meta.get('cachedAt')).then(function (cachedAt) {
            if (keepForMillis > 0 && cachedAt && Date.now() - cachedAt > keepForMillis) {
              meta.delete('children');
              meta.delete('cachedAt');
            }
          });
          return Promise.all([expired, settled(queue.count())]).then(function (done) { return done[1]; });
        }).then(function (waiting) {
          db.close();
          return waiting;
        });
      });
    });
  }

  /**
   * A recorder's page may be the service worker's copy, days old, whose sign-out carries a stale
   * CSRF token: the server would refuse the sign-out and the session would live on. The token is
   * asked for again first; without an answer the sign-out goes with the one it has.
   */
  function freshToken(form) {
    var session = form.getAttribute('data-session');
    if (!session) {
      return Promise.resolve();
    }
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, TOKEN_PATIENCE_MILLIS);
    return fetch(session, {credentials: 'same-origin', headers: {Accept: 'application/json'}, signal: controller.signal})
      .then(function (response) { return response.ok && !response.redirected ? response.json() : null; })
      .then(function (answer) {
        var input = answer && form.querySelector('input[name="' + answer.csrfParameter + '"]');
        if (input) { input.value = answer.csrfToken; }
      })
      .catch(function () { return null; })
      .then(function () { clearTimeout(timer); });
  }

  /**
   * Every page's sign-out: entries not yet sent are never deleted without the person saying
   * so; then the store, the key and the cache go, and the sign-out is sent.
   */
  function wipeAtSignOut(form) {
    var account = form.getAttribute('data-account');
    form.addEventListener('submit', function (event) {
      if (form.getAttribute('data-wiped') === 'true' || !supported() || !account) {
        return;
      }
      event.preventDefault();
      var signOut = function () {
        form.setAttribute('data-wiped', 'true');
        freshToken(form).then(function () { form.submit(); });
      };
      waitingEntries(account).catch(function () { return '?'; }).then(function (waiting) {
        // a count that could not be read is asked about too: it might not be nothing
        if (waiting !== 0 && !window.confirm(form.getAttribute('data-msg-unsent').replace('{0}', waiting))) {
          return;
        }
        wipe(account).then(signOut, signOut);
      });
    });
  }

  window.ShouhuOffline = {
    supported: supported, unlock: unlock, seal: seal, unseal: unseal, settled: settled, inTransaction: inTransaction,
    read: read, remembered: remembered, forgetKey: forgetKey, forgetPage: forgetPage
  };

  document.addEventListener('DOMContentLoaded', function () {
    if (!supported()) {
      return;
    }
    var signIn = document.querySelector('form#sign-in');
    if (signIn) {
      prepareAtSignIn(signIn);
    }
    var signOut = document.querySelector('form#logout');
    if (!signOut) {
      return;
    }
    wipeAtSignOut(signOut);
    if (signOut.getAttribute('data-captures') !== 'true') {
      // the key was made at sign-in, before the account's role was known: one who never captures keeps none
      forgetKey();
      return;
    }
    var account = signOut.getAttribute('data-account');
    var keepFor = Number(signOut.getAttribute('data-keep-for'));
    remembered(account, keepFor); // a key past its time goes on any page, not only on the offline one
    var banner = document.querySelector('#offline-waiting');
    onEveryPage(account, keepFor).then(function (waiting) {
      if (banner && waiting > 0) {
        banner.querySelector('.count').textContent = waiting;
        banner.hidden = false;
      }
    }, function () { /* tried again on the next page */ });
  });
})();
