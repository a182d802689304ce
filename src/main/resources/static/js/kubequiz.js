// Progressive enhancement only: every page works without this script.
// A form marked data-once disables its buttons once sent, so a double click sends it once.
// (The server records a replayed answer once anyway.)
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-once") && !form.querySelector("[data-once]")) {
    return;
  }
  if (form.dataset.sent === "true") {
    event.preventDefault();
    return;
  }
  form.dataset.sent = "true";
  setTimeout(() => form.querySelectorAll("button[type=submit]").forEach((b) => { b.disabled = true; }), 0);
});
