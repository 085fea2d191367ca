/*
 * "Copy credit line": an enhancement of the read-only credit field under each picture.
 *
 * Without JavaScript the field is a read-only text field: keyboard focus selects its text, ready to
 * copy. With it, focusing or clicking the field selects the whole credit line, and a "Copy" button
 * next to it copies it to the clipboard and says so in a live region. The button's texts come from
 * hidden text in the page, so they are in the reader's language and script.
 */
(function () {
    "use strict";

    function text(field, name) {
        var element = field.parentNode.querySelector('[data-credit-line-text="' + name + '"]');
        return element ? element.textContent : "";
    }

    var fields = document.querySelectorAll("[data-credit-line]");
    Array.prototype.forEach.call(fields, function (field) {
        function selectAll() {
            field.select();
        }
        field.addEventListener("focus", selectAll);
        field.addEventListener("click", selectAll);

        if (!navigator.clipboard || !navigator.clipboard.writeText) {
            return;
        }
        var button = document.createElement("button");
        button.type = "button";
        button.className = "credit-line__copy";
        button.textContent = text(field, "copy");
        var status = document.createElement("span");
        status.className = "credit-line__status";
        status.setAttribute("role", "status");
        function copied() {
            status.textContent = text(field, "copied");
        }
        button.addEventListener("click", function () {
            status.textContent = "";
            navigator.clipboard.writeText(field.value).then(copied, function () {
                // The asynchronous clipboard can be refused (no focus, a permission policy): copy the
                // selected field the older way, and at worst leave it selected, ready for Ctrl+C.
                selectAll();
                try {
                    if (document.execCommand("copy")) {
                        copied();
                    }
                } catch (error) {
                    // Selected is the best this browser allows.
                }
            });
        });
        field.parentNode.appendChild(button);
        field.parentNode.appendChild(status);
    });
})();
