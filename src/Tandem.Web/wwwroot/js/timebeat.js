// Automatic time registration on a page about one patient: every 30 seconds, and once more when the page is left or
// hidden, report the active seconds since the last report, if the tab is visible and there was keyboard, mouse, touch or
// scroll input in the last 60 seconds. Idle time is dropped. The server caps what counts (TimeRules, docs/guidance.md).
(function () {
  "use strict";
  var holder = document.querySelector("[data-time-beat]");
  if (!holder) {
    return;
  }
  var url = holder.getAttribute("data-time-beat");
  var token = holder.querySelector("input[name=__RequestVerificationToken]");
  var interval = 30000;
  var idleAfter = 60000;
  var lastInput = Date.now();
  var since = Date.now();

  function active() {
    return Date.now() - lastInput <= idleAfter;
  }

  function report() {
    var now = Date.now();
    var seconds = Math.min(interval / 1000, Math.ceil((now - since) / 1000));
    since = now;
    if (seconds <= 0) {
      return;
    }
    var body = new FormData();
    body.append("seconds", String(seconds));
    if (token) {
      body.append("__RequestVerificationToken", token.value);
    }
    fetch(url, { method: "POST", body: body, credentials: "same-origin", keepalive: true })
      .catch(function () { /* a missed report is a few missed seconds */ });
  }

  ["keydown", "pointerdown", "pointermove", "wheel", "scroll", "touchstart", "input"].forEach(function (type) {
    window.addEventListener(type, function () { lastInput = Date.now(); }, { passive: true, capture: true });
  });

  setInterval(function () {
    if (document.visibilityState === "visible" && active()) {
      report();
    } else {
      since = Date.now();
    }
  }, interval);

  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden" && active()) {
      report();
    } else if (document.visibilityState === "visible") {
      since = Date.now();
    }
  });
  window.addEventListener("pagehide", function () {
    if (document.visibilityState === "visible" && active()) {
      report();
    }
  });
})();
