// Live worklist: the server says "changed" over server-sent events and the list is fetched again, so new work appears
// without a reload. Without EventSource (or JavaScript) the page still shows the list as it was when loaded.
(function () {
  "use strict";
  var section = document.querySelector("[data-worklist]");
  if (!section || !window.EventSource) {
    return;
  }
  var body = section.querySelector(".worklist-body");
  var live = section.querySelector(".worklist-live");
  var loading = false;
  var again = false;

  function refresh() {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    fetch(section.getAttribute("data-worklist"), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        body.innerHTML = html;
        if (live) {
          live.textContent = live.getAttribute("data-updated");
        }
      })
      .catch(function () { /* the next change or a reload tries again */ })
      .finally(function () {
        loading = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  }

  // Opened once the page has loaded, so the long-lived stream never holds up the page itself.
  var source = null;
  function listen() {
    source = new EventSource(section.getAttribute("data-stream"));
    source.addEventListener("changed", refresh);
  }
  if (document.readyState === "complete") {
    listen();
  } else {
    window.addEventListener("load", listen);
  }
  window.addEventListener("pagehide", function () {
    if (source) {
      source.close();
    }
  });
})();
