// Trainer dashboard, progressive enhancement only: the page is complete without this script (every figure is in a
// table). With it, the live part is fetched again every 5 seconds while the tab is visible, swapped in place (focus
// and scroll kept), and each score histogram is drawn with Chart.js from the numbers in its data attributes.
(() => {
  const live = document.querySelector("[data-live-url]");
  if (!live) {
    return;
  }
  const PERIOD_MS = 5000;
  const charts = [];
  let paused = false;
  let busy = false;

  const numbers = (text) => text.split(",").map(Number);

  const drawCharts = () => {
    charts.splice(0).forEach((chart) => chart.destroy());
    if (typeof window.Chart !== "function") {
      return; // the tables say it all
    }
    live.querySelectorAll("[data-chart]").forEach((box) => {
      const canvas = box.querySelector("canvas");
      box.hidden = false;
      charts.push(new window.Chart(canvas, {
        type: "bar",
        data: {
          labels: canvas.dataset.labels.split(","),
          datasets: [{ label: canvas.dataset.series, data: numbers(canvas.dataset.bins), backgroundColor: "#4f46e5" }],
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          plugins: { legend: { display: false } },
          scales: {
            x: { title: { display: true, text: canvas.dataset.axis } },
            y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: canvas.dataset.series } },
          },
        },
      }));
    });
  };

  // Where the user is: the focused element (by id, or by its rank among the live part's links) and the scroll
  // positions of the page and of the scrollable tables.
  const remember = () => {
    const focused = live.contains(document.activeElement) ? document.activeElement : null;
    const links = [...live.querySelectorAll("a, button, summary")];
    return {
      focusId: focused && focused.id,
      focusRank: focused ? links.indexOf(focused) : -1,
      x: window.scrollX,
      y: window.scrollY,
      boxes: [...live.querySelectorAll("[data-keep-scroll]")].map((b) => [b.dataset.keepScroll, b.scrollLeft, b.scrollTop]),
    };
  };

  const restore = (where) => {
    where.boxes.forEach(([key, left, top]) => {
      const box = live.querySelector(`[data-keep-scroll="${key}"]`);
      if (box) {
        box.scrollLeft = left;
        box.scrollTop = top;
      }
    });
    let target = where.focusId ? document.getElementById(where.focusId) : null;
    if (!target && where.focusRank >= 0) {
      target = live.querySelectorAll("a, button, summary")[where.focusRank];
    }
    if (target) {
      target.focus({ preventScroll: true });
    }
    window.scrollTo(where.x, where.y);
  };

  const refresh = async () => {
    if (paused || busy || document.visibilityState !== "visible") {
      return;
    }
    busy = true;
    try {
      const response = await fetch(live.dataset.liveUrl, { headers: { Accept: "text/html" }, credentials: "same-origin" });
      if (!response.ok) {
        return;
      }
      const template = document.createElement("template");
      template.innerHTML = await response.text();
      const fresh = template.content.querySelector("[data-live-url]");
      if (!fresh) {
        return; // signed out, or not the fragment: keep what is shown
      }
      const where = remember();
      live.replaceChildren(...fresh.childNodes);
      restore(where);
      drawCharts();
    } catch (e) {
      // offline for a moment: try again at the next tick
    } finally {
      busy = false;
    }
  };

  const toggle = document.querySelector("[data-live-toggle]");
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener("click", () => {
      paused = !paused;
      toggle.textContent = paused ? toggle.dataset.resume : toggle.dataset.pause;
      if (!paused) {
        refresh();
      }
    });
  }

  drawCharts();
  setInterval(refresh, PERIOD_MS);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") {
      refresh();
    }
  });
})();
