// Autosave for exercise forms: saves a draft shortly after the patient stops typing or changes a choice.
// The form's own Save button keeps working without JavaScript; a failed autosave stays silent except for
// the status line, and the next change or the button tries again.
(function () {
  "use strict";
  var delay = 1200;

  function setup(form) {
    var url = form.getAttribute("data-autosave");
    var status = form.querySelector(".autosave-status");
    var token = form.querySelector("input[name=__RequestVerificationToken]");
    var timer = null;
    var inFlight = false;
    var again = false;

    function say(text) {
      if (status) {
        status.textContent = text;
      }
    }

    function save() {
      timer = null;
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      say(status ? status.getAttribute("data-saving") : "");
      fetch(url, {
        method: "POST",
        body: new FormData(form),
        headers: token ? { "RequestVerificationToken": token.value } : {},
        credentials: "same-origin"
      }).then(function (response) {
        return response.json().then(function (data) {
          if (data.saved) {
            say(data.message);
          } else if (data.errors && data.errors.length > 0) {
            say(data.errors[0].message);
          } else {
            say(status ? status.getAttribute("data-failed") : "");
          }
        });
      }).catch(function () {
        say(status ? status.getAttribute("data-failed") : "");
      }).finally(function () {
        inFlight = false;
        if (again) {
          again = false;
          schedule();
        }
      });
    }

    function schedule() {
      if (timer !== null) {
        clearTimeout(timer);
      }
      timer = setTimeout(save, delay);
    }

    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
    window.addEventListener("pagehide", function () {
      if (timer !== null) {
        clearTimeout(timer);
        save();
      }
    });
  }

  document.querySelectorAll("form[data-autosave]").forEach(setup);
})();
