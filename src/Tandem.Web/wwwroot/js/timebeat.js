// Automatic time registration: every 30 seconds, while this tab is visible and there was keyboard, mouse, touch or
// scroll input in the last 60 seconds, tell the server 30 active seconds passed. The server caps and spaces what counts.
(function () {
  "use strict";
  var holder = document.querySelector("[data-time-beat]");
  if (!holder) {
    return;
  }
  var url = holder.getAttribute("data-time-beat");
  var token = holder.querySelector("input[name=__RequestVerificationToken]");
  var beat = 30000;
  var idleAfter = 60000;
  var lastInput = Date.now();

  ["keydown", "pointerdown", "pointermove", "wheel", "scroll", "touchstart", "input"].forEach(function (type) {
    window.addEventListener(type, function () { lastInput = Date.now(); }, { passive: true, capture: true });
  });

  setInterval(function () {
    if (document.visibilityState !== "visible" || Date.now() - lastInput > idleAfter) {
      return;
    }
    var body = new FormData();
    body.append("seconds", String(beat / 1000));
    fetch(url, {
      method: "POST",
      body: body,
      headers: token ? { "RequestVerificationToken": token.value } : {},
      credentials: "same-origin",
      keepalive: true
    }).catch(function () { /* a missed beat is a missed half minute */ });
  }, beat);
})();
