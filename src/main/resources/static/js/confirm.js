// Asks before a form marked data-confirm is sent (Cancel an order, Upgrade to gold); the page's CSP allows no
// inline handlers, so this file does it for every such form.
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
