// Opens the funnel dashboard's sections in place: a section's link fetches that section alone
// (the page's Section handler) and puts it under its heading, so the page shows its summary at once
// and works out a section only when someone opens it. Without script the same links reload the
// page with that section open.
for (const link of document.querySelectorAll("a[data-section-link]")) {
  link.addEventListener("click", async (event) => {
    const id = link.dataset.sectionLink;
    const body = document.querySelector(`[data-section-body="${id}"]`);
    if (!body) return;
    event.preventDefault();
    const heading = document.getElementById(`${id}-heading`);
    if (body.dataset.loaded !== "true") {
      const url = new URL(link.href);
      url.searchParams.set("handler", "Section");
      url.hash = "";
      body.setAttribute("aria-busy", "true");
      body.textContent = "Working out this section…";
      try {
        const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } });
        if (!response.ok) throw new Error(`${response.status}`);
        body.innerHTML = await response.text();
        body.dataset.loaded = "true";
      } catch {
        body.textContent = "";
        const retry = document.createElement("a");
        retry.href = link.href;
        retry.textContent = "This section could not be loaded: open it on its own";
        body.append(retry);
      } finally {
        body.removeAttribute("aria-busy");
      }
    }
    history.replaceState(null, "", link.href);
    heading?.scrollIntoView();
    heading?.focus({ preventScroll: true });
  });
}
