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

// Galleries in a story: the list already swipes and scrolls with snap points; this adds previous/next buttons and a
// "3 / 8" count. Slides are found and reached by their position on screen, so right-to-left pages need nothing else.
(() => {
  const arrow = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>';
  document.querySelectorAll(".gallery").forEach((gallery) => {
    const track = gallery.querySelector("[data-gallery-track]");
    const slides = track ? Array.from(track.children) : [];
    if (slides.length < 2) return;
    track.id ||= slides[0].id + "-track";
    const button = (label, kind) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "gallery__button gallery__button--" + kind;
      b.setAttribute("aria-label", label);
      b.setAttribute("aria-controls", track.id);
      b.innerHTML = arrow;
      return b;
    };
    const count = document.createElement("p");
    count.className = "gallery__count";
    count.setAttribute("aria-live", "polite");
    count.dataset.testid = "gallery-count";
    const previous = button(gallery.dataset.previous, "previous");
    const next = button(gallery.dataset.next, "next");
    const controls = document.createElement("div");
    controls.className = "gallery__controls";
    controls.append(count, previous, next);
    gallery.prepend(controls);

    let current = 0;
    const update = () => {
      const rtl = getComputedStyle(track).direction === "rtl";
      const edge = (r) => (rtl ? r.right : r.left);
      const start = edge(track.getBoundingClientRect());
      const distances = slides.map((slide) => Math.abs(edge(slide.getBoundingClientRect()) - start));
      current = distances.indexOf(Math.min(...distances));
      count.textContent = gallery.dataset.count.replace("{0}", String(current + 1)).replace("{1}", String(slides.length));
      // aria-disabled rather than disabled: a button that keeps focus at the last photo leaves the keyboard where it was.
      previous.setAttribute("aria-disabled", String(current === 0));
      next.setAttribute("aria-disabled", String(current === slides.length - 1));
    };
    const go = (i) => slides[Math.max(0, Math.min(slides.length - 1, i))].scrollIntoView({ block: "nearest", inline: "start" });
    previous.addEventListener("click", () => go(current - 1));
    next.addEventListener("click", () => go(current + 1));
    let frame = 0;
    track.addEventListener("scroll", () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    }, { passive: true });
    update();
  });
})();
