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

// The deadline of an assessed attempt: a countdown, announced politely at 5 minutes, 1 minute and 30 seconds
// (never every second). When the time runs out, the answer on the page is saved and the attempt submitted; the
// server enforces the deadline anyway.
(() => {
  const box = document.querySelector("[data-deadline]");
  if (!box) {
    return;
  }
  const deadline = Date.parse(box.dataset.deadline);
  const countdown = box.querySelector(".countdown");
  const announce = box.querySelector(".timer-announce");
  const announceAt = [300, 60, 30];
  let announced = new Set(announceAt.filter((s) => (deadline - Date.now()) / 1000 <= s));
  const say = (template, value) => { announce.textContent = template.replace("{0}", value); };
  const tick = () => {
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    // A countdown only makes sense for the last hours; a closing date days away is shown as a date.
    countdown.textContent = left >= 6 * 3600 ? ""
      : Math.floor(left / 3600) + ":" + String(Math.floor(left / 60) % 60).padStart(2, "0") + ":"
        + String(left % 60).padStart(2, "0");
    announceAt.forEach((s) => {
      if (left <= s && !announced.has(s)) {
        announced.add(s);
        if (s >= 60) {
          say(announce.dataset.minutes, s / 60);
        } else {
          say(announce.dataset.seconds, s);
        }
      }
    });
    if (left === 0) {
      clearInterval(timer);
      announce.textContent = announce.dataset.over;
      const form = document.getElementById("answer-form");
      if (form && form.hasAttribute("data-deferred") && form.dataset.sent !== "true") {
        const go = document.createElement("input");
        go.type = "hidden";
        go.name = "go";
        go.value = "submit";
        form.appendChild(go);
        form.dataset.sent = "true";
        form.submit();
      }
    }
  };
  const timer = setInterval(tick, 1000);
  tick();
})();
