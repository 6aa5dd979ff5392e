// Draws the home page's charts from their canvases' data-chart (Chart.js's data object, written by the server):
// the pages' CSP allows no inline script, so the data travels in an attribute and the code in this file. The
// server names months and series in the reader's language; a series' code picks its colour.
(function () {
  // One colour per reference status (R-REF-4), the same every time; licenses: used, then allowance.
  var colours = {
    AWAITING_CUSTOMER: '#ffc107', APPROVED: '#198754', DECLINED: '#dc3545', UNCONFIRMED: '#6c757d',
    EXPIRED: '#adb5bd', WITHDRAWN: '#343a40', used: '#0d6efd', allowance: '#cfe2ff'
  };
  var options = {
    references: {
      type: 'bar',
      options: {
        animation: false, responsive: true,
        scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}}
      }
    },
    licenses: {
      type: 'bar',
      options: {
        // A bar per capped license, each with its title: taller than wide, so every title has its line.
        animation: false, responsive: true, indexAxis: 'y', aspectRatio: 0.9,
        scales: {x: {beginAtZero: true, ticks: {precision: 0}}}
      }
    }
  };
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var kind = options[canvas.getAttribute('data-chart-type')];
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    data.datasets.forEach(function (dataset) {
      dataset.backgroundColor = colours[dataset.code];
    });
    new Chart(canvas, {type: kind.type, data: data, options: kind.options});
  });
})();
