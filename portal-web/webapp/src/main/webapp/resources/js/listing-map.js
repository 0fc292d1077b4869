// The listing editor's maps: a click on a location's map puts the point in its latitude and
// longitude fields (which stay typeable; the form works without the map or its tiles).
document.addEventListener('DOMContentLoaded', function () {
    if (!window.L) {
        return;
    }
    document.querySelectorAll('.listing-editor .location').forEach(function (part) {
        var box = part.querySelector('.pick-map');
        var lat = part.querySelector('input.lat');
        var lon = part.querySelector('input.lon');
        if (!box || !lat || !lon) {
            return;
        }
        box.hidden = false;
        var read = function (input) {
            var value = parseFloat((input.value || '').replace(',', '.'));
            return isNaN(value) ? null : value;
        };
        var start = read(lat) !== null && read(lon) !== null ? [read(lat), read(lon)] : null;
        var map = L.map(box, {scrollWheelZoom: false});
        L.tileLayer(box.dataset.tiles, {maxZoom: 18, attribution: box.dataset.attribution}).addTo(map);
        // Without a point yet: the four regions of the portal in view.
        map.setView(start || [54.5, 82.0], start ? 15 : 4);
        var marker = start ? L.marker(start).addTo(map) : null;
        map.on('click', function (e) {
            var point = [Math.round(e.latlng.lat * 1e6) / 1e6, Math.round(e.latlng.lng * 1e6) / 1e6];
            lat.value = point[0];
            lon.value = point[1];
            if (marker) {
                marker.setLatLng(point);
            } else {
                marker = L.marker(point).addTo(map);
            }
        });
    });
});
