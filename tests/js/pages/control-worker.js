// The worker half of control.js: code from a string, which the test CSP forbids.
try {
  new Function('return 1')();
} catch {}
self.postMessage('tried');
