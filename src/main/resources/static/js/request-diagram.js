// Draws a request's process (bpmn-js viewer) and marks its current steps; the page's CSP allows no inline script.
(function () {
  var container = document.getElementById('diagram');
  if (!container || !window.BpmnJS) {
    return;
  }
  var viewer = new window.BpmnJS({ container: container });
  fetch(container.getAttribute('data-diagram'), { credentials: 'same-origin' })
    .then(function (response) { return response.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      canvas.zoom('fit-viewport');
      (container.getAttribute('data-current') || '').split(',').filter(Boolean).forEach(function (id) {
        canvas.addMarker(id, 'current-step');
      });
      container.setAttribute('data-rendered', 'true');
    })
    .catch(function (error) {
      container.textContent = container.getAttribute('data-failed') + ' ' + error.message;
    });
})();
