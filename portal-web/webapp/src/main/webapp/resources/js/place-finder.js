// Type to find a district on the request form (ask-for-help.xhtml): the field lists every municipality
// with its region (a datalist); choosing one selects it in the form's list, which stays the field that is
// sent. Without this script the field stays hidden and the grouped list works as it is.
(function () {
  'use strict';
  var finder = document.getElementById('municipality-finder');
  var input = document.getElementById('municipality-find');
  var names = document.getElementById('municipality-names');
  var select = document.getElementById('ask:municipality');
  if (!finder || !input || !names || !select) {
    return;
  }
  finder.hidden = false;
  input.addEventListener('input', function () {
    var typed = input.value.trim().toLowerCase();
    var options = names.options;
    for (var i = 0; i < options.length; i++) {
      if (options[i].value.toLowerCase() === typed) {
        select.value = options[i].getAttribute('data-code');
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return;
      }
    }
  });
})();
