/*
 * Quick exit ("Leave this site"), after GOV.UK's "Exit this page".
 *
 * Without JavaScript the control is a plain link to the neutral site. With it, leaving blanks the page
 * at once (before the neutral site has loaded) and uses location.replace(), so the page the reader was
 * on is taken out of the history: the back button does not lead here. Pressing Shift three times within
 * a few seconds does the same; any other key cancels the count. Progress is announced in a live region.
 */
(function () {
    "use strict";

    var PRESSES_TO_LEAVE = 3;
    var WINDOW_MS = 5000;

    var link = document.querySelector("[data-quick-exit]");
    if (!link) {
        return;
    }
    var status = document.querySelector("[data-quick-exit-status]");
    var hint = document.querySelector("[data-quick-exit-hint]");
    var presses = 0;
    var timer = null;

    function announce(name) {
        var message = document.querySelector('[data-quick-exit-message="' + name + '"]');
        if (status && message) {
            status.textContent = message.textContent;
        }
    }

    function leave(event) {
        if (event) {
            event.preventDefault();
        }
        document.documentElement.classList.add("is-leaving");
        var cover = document.createElement("div");
        cover.className = "quick-exit-cover";
        document.body.appendChild(cover);
        document.title = "";
        window.location.replace(link.href);
    }

    function reset(announceIt) {
        if (announceIt && presses > 0) {
            announce("reset");
        }
        presses = 0;
        window.clearTimeout(timer);
    }

    function onKeyDown(event) {
        if (event.key !== "Shift") {
            reset(true);
            return;
        }
        if (event.repeat) {
            return;
        }
        presses += 1;
        window.clearTimeout(timer);
        if (presses >= PRESSES_TO_LEAVE) {
            announce("leaving");
            leave();
            return;
        }
        announce(String(presses));
        timer = window.setTimeout(function () { reset(true); }, WINDOW_MS);
    }

    link.addEventListener("click", leave);
    document.addEventListener("keydown", onKeyDown);
    if (hint) {
        hint.hidden = false;
    }
})();
