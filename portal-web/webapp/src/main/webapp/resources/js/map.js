// Maps of the Find help and service pages, drawn when the parent asks for one ("Show on the map").
// The page is whole without them: the list and the addresses come first. Leaflet and the tiles are
// fetched only on that click, so a first visit on a weak connection stays light; when tiles cannot
// load, the markers still show where the services are.
document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('map');
    var button = document.getElementById('show-map');
    if (!box || !button) {
        return;
    }
    var points = JSON.parse(box.dataset.points || '[]');
    if (points.length === 0) {
        return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
        button.disabled = true;
        load(box.dataset.leafletCss, box.dataset.leafletJs, function () {
            button.hidden = true;
            draw(box, points);
        }, function () {
            button.disabled = false;
        });
    });

    // Both the style sheet and the script must have arrived: Leaflet finds its marker images through the style sheet.
    function load(css, js, done, failed) {
        if (window.L) {
            done();
            return;
        }
        var waiting = 2;
        var arrived = function () {
            waiting -= 1;
            if (waiting === 0) {
                done();
            }
        };
        var style = document.createElement('link');
        style.rel = 'stylesheet';
        style.href = css;
        style.onload = arrived;
        style.onerror = failed;
        document.head.appendChild(style);
        var script = document.createElement('script');
        script.src = js;
        script.onload = arrived;
        script.onerror = failed;
        document.head.appendChild(script);
    }

    function draw(box, points) {
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
    }
});
