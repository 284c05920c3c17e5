// Small enhancements only: every page works without this file.
"use strict";

/* catalog: on the search page (/tilbud) a ticked filter box or a new sort order applies at once. The page is
   fetched as the GET form would send it, and the filters and hits are replaced in place: focus stays on the box
   just ticked, the count is read out by the status region that was already there, and the address changes so
   that back, reload and bookmarks work. Without JavaScript the form's buttons do the same with a page load. */
(function () {
    const form = document.getElementById("sok");
    if (!form || !form.classList.contains("catalog") || !window.fetch || !window.DOMParser) {
        return;
    }
    let pending = null;

    function address() {
        const params = new URLSearchParams();
        for (const [name, value] of new FormData(form)) {
            if (value !== "") {
                params.append(name, value);
            }
        }
        const query = params.toString();
        return form.action + (query ? "?" + query : "");
    }

    function swap(next, id) {
        const fresh = next.getElementById(id);
        const old = document.getElementById(id);
        if (fresh && old) {
            old.replaceWith(document.importNode(fresh, true));
        }
    }

    async function show(url, push) {
        if (pending) {
            pending.abort();
        }
        const request = new AbortController();
        pending = request;
        const results = document.getElementById("treff");
        results.setAttribute("aria-busy", "true");
        let next;
        try {
            const response = await fetch(url, {headers: {"Accept": "text/html"}, signal: request.signal});
            next = new DOMParser().parseFromString(await response.text(), "text/html");
            if (!response.ok || next.querySelector(".error-summary")) {
                window.location.assign(url); // the page explains what went wrong, as without JavaScript
                return;
            }
        } catch (failed) {
            if (failed.name !== "AbortError") {
                window.location.assign(url);
            }
            return;
        } finally {
            results.removeAttribute("aria-busy");
        }
        const focused = document.activeElement ? document.activeElement.id : null;
        const open = [...document.querySelectorAll("details.filter[open]")].map(d => d.id);
        swap(next, "filtre");
        swap(next, "treff-liste");
        open.forEach(id => {
            const details = document.getElementById(id);
            if (details) {
                details.open = true;
            }
        });
        for (const id of ["q", "sort"]) {
            const fresh = next.getElementById(id);
            if (fresh && document.getElementById(id)) {
                document.getElementById(id).value = fresh.value;
            }
        }
        document.getElementById("status").textContent = next.getElementById("status").textContent.replace(/\s+/g, " ").trim();
        document.title = next.title;
        if (push) {
            window.history.pushState(null, "", url);
        }
        const again = focused && document.getElementById(focused);
        if (again) {
            again.focus();
        }
    }

    form.addEventListener("change", event => {
        const control = event.target;
        if (control.type === "checkbox" || control.tagName === "SELECT") {
            show(address(), true);
        }
    });
    window.addEventListener("popstate", () => show(window.location.href, false));
})();

/* account: a form sent back with errors (or a refused sign-in) puts its summary first in the reading order, so
   that a screen reader reads it out and Tab leads on to the field at fault. Without JavaScript the summary is
   still the first thing in the page's main content. */
(function () {
    const summary = document.querySelector("main .error-summary");
    if (summary) {
        summary.focus();
    }
})();

/* calendar: the subscribe panel's address is selected whole when focused, and a button copies it. Without
   JavaScript the read-only field is still there to select and copy by hand. */
(function () {
    const field = document.querySelector("input[data-copy]");
    if (!field) {
        return;
    }
    field.addEventListener("focus", () => field.select());
    field.addEventListener("click", () => field.select());
    if (!navigator.clipboard) {
        return;
    }
    const row = document.createElement("div");
    row.className = "inline";
    field.replaceWith(row);
    row.appendChild(field);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary";
    button.textContent = field.dataset.copy;
    row.appendChild(button);
    const status = document.createElement("p");
    status.className = "cal-copied";
    status.setAttribute("role", "status");
    row.after(status);
    button.addEventListener("click", async () => {
        try {
            await navigator.clipboard.writeText(field.value);
            status.textContent = field.dataset.copied;
        } catch (refused) {
            field.focus();
        }
    });
})();
