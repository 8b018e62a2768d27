// Progressive enhancement only: every page works without this file.
(() => {
  "use strict";

  // "Load more": fetch the next page and append its items in place, keeping the link as the no-JS fallback.
  document.addEventListener("click", async (event) => {
    const link = event.target instanceof Element ? event.target.closest("a.load-more") : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const list = document.querySelector("[data-list]");
    const row = link.closest("[data-load-more-row]");
    if (!list || !row) return;
    event.preventDefault();
    if (link.getAttribute("aria-busy") === "true") return;

    const label = link.textContent;
    link.setAttribute("aria-busy", "true");
    link.textContent = link.dataset.loadingText || "Loading...";
    try {
      const response = await fetch(link.href, { headers: { Accept: "text/html" } });
      if (!response.ok) throw new Error(String(response.status));
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const items = page.querySelector("[data-list]");
      const first = items ? items.firstElementChild : null;
      if (items) list.append(...Array.from(items.children).map((node) => document.adoptNode(node)));
      const nextRow = page.querySelector("[data-load-more-row]");
      if (nextRow) row.replaceWith(document.adoptNode(nextRow)); else row.remove();
      const focusTarget = first && first.querySelector(".card__title a");
      if (focusTarget) focusTarget.focus({ preventScroll: true });
    } catch {
      // Fall back to plain navigation, which shows the next page.
      window.location.href = link.href;
    } finally {
      link.removeAttribute("aria-busy");
      link.textContent = label;
    }
  });
})();
