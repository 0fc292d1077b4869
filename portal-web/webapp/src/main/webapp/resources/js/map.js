// Maps of the Find help and service pages. The page is whole without them: the list comes first,
// and when tiles cannot load the markers still show where the services are.
document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('map');
    if (!box || !window.L) {
        return;
    }
    var points = JSON.parse(box.dataset.points || '[]');
    if (points.length === 0) {
        box.hidden = true;
        return;
    }
    box.hidden = false;
    var map = L.map(box, {scrollWheelZoom: false});
    L.tileLayer(box.dataset.tiles, {maxZoom: 18, attribution: box.dataset.attribution}).addTo(map);
    var bounds = [];
    points.forEach(function (p) {
        var marker = L.marker([p.lat, p.lon]).addTo(map);
        if (p.url) {
            var link = document.createElement('a');
            link.href = p.url;
            link.textContent = p.name;
            marker.bindPopup(link);
        }
        bounds.push([p.lat, p.lon]);
    });
    if (bounds.length === 1) {
        map.setView(bounds[0], 14);
    } else {
        map.fitBounds(bounds, {padding: [24, 24], maxZoom: 14});
    }
});
