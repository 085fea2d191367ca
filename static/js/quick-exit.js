/*
 * Quick exit ("Leave this site"), after GOV.UK's "Exit this page".
 *
 * Without JavaScript the control is a plain link to the neutral site. With it, leaving blanks the page
 * at once (before the neutral site has loaded) and uses location.replace(), so the page the reader was
 * on is taken out of the history: the back button does not lead here. Pressing Shift three times within
 * a few seconds does the same; any other key cancels the count. Progress is announced in a live region.
 *
 * History: location.replace() removes only the current entry, so the site's earlier pages would stay
 * behind the back button. While a reader moves around the site, links to its own pages and its search
 * and filter forms (GET) therefore replace the current entry too: the site never holds more than one
 * entry in the tab's history, and leaving replaces that one. Browsers allow no more: entries from
 * before the reader arrived, other tabs, posted forms (the contact form) and the browser's history
 * list are out of a page's reach; the "cover your tracks" page says so.
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

    // Addresses that are not pages for readers: the admin, and downloads.
    var NOT_PAGES = /^\/(admin|documents)\//;

    function replacesHistory(url) {
        return url.origin === window.location.origin && !NOT_PAGES.test(url.pathname);
    }

    function onClick(event) {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey ||
                event.altKey) {
            return;  // a new tab or window, a download: the browser's own behaviour
        }
        var anchor = event.target.closest ? event.target.closest("a[href]") : null;
        if (!anchor || anchor === link || anchor.hasAttribute("download") ||
                (anchor.target && anchor.target !== "_self")) {
            return;
        }
        var url = new URL(anchor.href, window.location.href);
        var samePage = url.pathname === window.location.pathname && url.search === window.location.search;
        if (!replacesHistory(url) || (samePage && url.hash)) {
            return;  // another site, or a place on this page (the skip link)
        }
        event.preventDefault();
        window.location.replace(url.href);
    }

    function onSubmit(event) {
        var form = event.target;
        if (event.defaultPrevented || (form.getAttribute("method") || "get").toLowerCase() !== "get") {
            return;  // a posted form cannot be replayed with replace(); it adds an entry
        }
        var url = new URL(form.getAttribute("action") || window.location.href, window.location.href);
        if (!replacesHistory(url)) {
            return;
        }
        event.preventDefault();
        var data = new FormData(form);
        if (event.submitter && event.submitter.name) {
            data.append(event.submitter.name, event.submitter.value);
        }
        url.search = new URLSearchParams(data).toString();
        url.hash = "";
        window.location.replace(url.href);
    }

    link.addEventListener("click", leave);
    document.addEventListener("click", onClick);
    document.addEventListener("submit", onSubmit);
    document.addEventListener("keydown", onKeyDown);
    if (hint) {
        hint.hidden = false;
    }
})();
