// Moves the keyboard focus to an element that asks for it (an error summary, a confirmation), so
// that screen-reader users hear it first. Loaded as a file: the content security policy forbids
// inline script.
const target = document.querySelector("[data-autofocus]");
if (target) target.focus();

// Copy buttons for links that staff send to candidates.
for (const button of document.querySelectorAll("[data-copy-target]")) {
  button.hidden = false;
  button.addEventListener("click", async () => {
    const source = document.getElementById(button.dataset.copyTarget);
    await navigator.clipboard.writeText(source.value ?? source.textContent);
    button.textContent = "Copied";
  });
}
