// Sends the embed's own message shape, from the right frame but the wrong origin, until the test ends.
setInterval(() => window.parent.postMessage({ type: 'vpc-status-codes:height', height: 7 }, '*'), 50);
