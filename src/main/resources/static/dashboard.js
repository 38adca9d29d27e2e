// Draws the dashboard's charts from the figures the page carries; a click on a bar or slice opens its cases.
document.addEventListener('DOMContentLoaded', () => {
  const specs = JSON.parse(document.getElementById('charts').dataset.charts);
  for (const spec of specs) {
    const canvas = document.getElementById(spec.id);
    if (!canvas) {
      continue;
    }
    const doughnut = spec.type === 'doughnut';
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map(s => ({label: s.label, data: s.counts}))
      },
      options: {
        animation: false,
        aspectRatio: 2,
        indexAxis: spec.id === 'audit' ? 'y' : 'x',
        scales: doughnut ? {} : {x: {stacked: spec.stacked}, y: {stacked: spec.stacked, beginAtZero: true}},
        plugins: {legend: {display: doughnut || spec.series.length > 1}},
        onClick: (event, elements) => {
          if (elements.length > 0) {
            const e = elements[0];
            window.location.href = spec.series[e.datasetIndex].cases[e.index];
          }
        }
      }
    });
  }
});
