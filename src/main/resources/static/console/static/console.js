// Liên Thông console: the overview's charts (uPlot), refreshed every 30 s from /console/activity.
// Everything else is server-rendered; live parts refresh themselves with htmx (hx-trigger="every ...").
(function () {
  const throughput = document.getElementById("chart-throughput");
  const errors = document.getElementById("chart-errors");
  if (!throughput || !errors || typeof uPlot === "undefined") {
    return;
  }
  const palette = ["#0b5cad", "#1e7b34", "#b3261e", "#b26a00", "#6a3fb5", "#00838f", "#ad1457", "#5d4037", "#455a64", "#827717"];
  const charts = {};

  function width(el) {
    return Math.max(320, el.clientWidth || 520);
  }

  function draw(key, el, series, data) {
    if (charts[key] && charts[key].series.length === series.length + 1) {
      charts[key].setData(data);
      return;
    }
    if (charts[key]) {
      charts[key].destroy();
    }
    charts[key] = new uPlot({
      width: width(el), height: 220, series: [{}].concat(series),
      axes: [{}, {size: 64}], scales: {x: {time: true}}, legend: {live: false},
      hooks: {draw: [() => { el.dataset.drawn = "true"; }]}
    }, data, el);
  }

  function render(answer) {
    const labels = (throughput.dataset.labels || "pulled|delivered|failed").split("|");
    const kinds = ["pulled", "delivered", "failed"];
    draw("throughput", throughput, kinds.map((k, i) => ({label: labels[i], stroke: palette[[0, 1, 2][i]], width: 2})),
      [answer.times].concat(kinds.map(k => answer.dossiers[k] || [])));
    // only the flows that did something this hour: idle ones have no error rate to show
    const routes = Object.keys(answer.errors).filter(r => answer.errors[r].some(v => v !== null)).sort();
    draw("errors", errors, routes.map((r, i) => ({label: r, stroke: palette[i % palette.length], width: 1.5, spanGaps: true})),
      [answer.times].concat(routes.map(r => answer.errors[r])));
  }

  function refresh() {
    fetch("/console/activity", {headers: {Accept: "application/json"}, credentials: "same-origin"})
      .then(r => r.ok ? r.json() : Promise.reject(r.status)).then(render).catch(() => {});
  }

  refresh();
  setInterval(refresh, 30000);
})();
