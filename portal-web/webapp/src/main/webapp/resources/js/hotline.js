/*
 * The hotline screen while a call goes on (staff only; PrimeFaces is loaded there):
 * - the call's timer counts from the moment the screen was opened (or the last call was saved);
 * - a list of checkboxes is one tab stop: the arrow keys move within it, Space ticks (as in a radio group);
 * - after an ajax update the focus stays where the operator was, or comes back to the nearest field;
 * - an access key's link (Alt+O) puts the focus in its group.
 */
(function () {
    'use strict';

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    function tick() {
        var timer = document.getElementById('call-timer');
        if (!timer) {
            return;
        }
        var started = Number(timer.getAttribute('data-started'));
        var seconds = Math.max(0, Math.floor((Date.now() - started) / 1000));
        var text = pad(Math.floor(seconds / 60)) + ':' + pad(seconds % 60);
        if (timer.textContent !== text) {
            timer.textContent = text;
        }
    }

    function boxes(group) {
        return Array.prototype.slice.call(group.querySelectorAll('input[type=checkbox]'));
    }

    function rove(group) {
        var inputs = boxes(group);
        if (!inputs.length || group.getAttribute('data-roving') === 'on') {
            return;
        }
        group.setAttribute('data-roving', 'on');
        var current = inputs.filter(function (i) { return i.checked; })[0] || inputs[0];
        inputs.forEach(function (input) {
            input.tabIndex = input === current ? 0 : -1;
            input.addEventListener('focus', function () {
                boxes(group).forEach(function (other) { other.tabIndex = other === input ? 0 : -1; });
            });
        });
        group.addEventListener('keydown', function (event) {
            var list = boxes(group);
            var at = list.indexOf(document.activeElement);
            if (at < 0) {
                return;
            }
            var next = null;
            if (event.key === 'ArrowDown' || event.key === 'ArrowRight') {
                next = list[(at + 1) % list.length];
            } else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') {
                next = list[(at - 1 + list.length) % list.length];
            } else if (event.key === 'Home') {
                next = list[0];
            } else if (event.key === 'End') {
                next = list[list.length - 1];
            }
            if (next) {
                event.preventDefault();
                next.focus();
            }
        });
    }

    function prepare() {
        Array.prototype.forEach.call(document.querySelectorAll('.roving'), rove);
    }

    function focusIn(container) {
        if (!container) {
            return false;
        }
        var target = container.querySelector('input:checked') || container.querySelector('input, select, textarea, button');
        if (target) {
            target.focus();
            return true;
        }
        return false;
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('[data-focus-in]') : null;
        if (link && focusIn(document.getElementById(link.getAttribute('data-focus-in')))) {
            event.preventDefault();
        }
    });

    // Where the operator was when an ajax request left: an update that replaced that element
    // would otherwise drop the focus to the page's body in the middle of a call.
    var focusedId = null;
    if (window.jQuery) {
        jQuery(document).on('pfAjaxSend', function () {
            var active = document.activeElement;
            focusedId = active && active.id ? active.id : null;
        });
        jQuery(document).on('pfAjaxComplete', function () {
            prepare();
            var active = document.activeElement;
            if (active && active !== document.body && document.documentElement.contains(active)) {
                return;
            }
            var again = focusedId ? document.getElementById(focusedId) : null;
            if (again) {
                again.focus();
            } else {
                var search = document.getElementById('call:serviceQuery');
                if (search) {
                    search.focus();
                }
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        prepare();
        tick();
        window.setInterval(tick, 1000);
    });
})();
