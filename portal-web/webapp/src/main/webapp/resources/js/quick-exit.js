// Quick exit (layout.xhtml): leaves for a neutral site at once. The forms are emptied first, and the
// page is replaced in the history (location.replace), so "back" does not bring it up again; two
// presses of Esc within a second do the same. Without this script the button is a plain link.
(function () {
  'use strict';
  var link = document.getElementById('quick-exit');
  if (!link) {
    return;
  }
  function empty() {
    var fields = document.querySelectorAll('input, textarea, select');
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      var type = (field.type || '').toLowerCase();
      if (type === 'hidden' || type === 'submit' || type === 'button') {
        continue;
      }
      if (type === 'checkbox' || type === 'radio') {
        field.checked = false;
      } else if (field.tagName === 'SELECT') {
        field.selectedIndex = -1;
      } else {
        field.value = '';
      }
    }
  }
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    empty();
    document.body.style.visibility = 'hidden';
    document.title = '';
    window.location.replace(link.href);
  }
  link.addEventListener('click', leave);
  var lastEscape = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') {
      return;
    }
    var now = Date.now();
    if (now - lastEscape < 1000) {
      leave(event);
    } else {
      lastEscape = now;
    }
  });
})();
