// "Near me" on the Find help page: asks the browser where the parent is and searches there.
// The page works without it (typing a place); the button only appears where geolocation exists.
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('near-me');
    var place = document.getElementById('place');
    var lat = document.getElementById('lat');
    var lon = document.getElementById('lon');
    if (place) {
        place.addEventListener('input', function () { lat.value = ''; lon.value = ''; });
    }
    // Completions for the search box, fetched as the parent types (the page works without them).
    var query = document.getElementById('q');
    var list = document.getElementById('suggestions');
    var timer;
    if (query && list && window.fetch) {
        query.addEventListener('input', function () {
            clearTimeout(timer);
            var text = query.value.trim();
            if (text.length < 2) {
                return;
            }
            timer = setTimeout(function () {
                fetch(query.dataset.suggest + '?q=' + encodeURIComponent(text))
                    .then(function (r) { return r.ok ? r.json() : []; })
                    .then(function (phrases) {
                        list.textContent = '';
                        phrases.forEach(function (phrase) {
                            var option = document.createElement('option');
                            option.value = phrase;
                            list.appendChild(option);
                        });
                    })
                    .catch(function () { /* no completions on a weak connection */ });
            }, 250);
        });
    }
    if (!button || !navigator.geolocation) {
        return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (position) {
            lat.value = position.coords.latitude.toFixed(5);
            lon.value = position.coords.longitude.toFixed(5);
            place.value = '';
            button.form.submit();
        }, function () {
            document.getElementById('geo-error').hidden = false;
        }, {timeout: 10000, maximumAge: 600000});
    });
});
