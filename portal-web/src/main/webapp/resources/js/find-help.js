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
