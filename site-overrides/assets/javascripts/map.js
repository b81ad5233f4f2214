/* Maps of the knowledge base: every incident on the map hub, one point on incident and place pages.
 *
 * Markup (emitted by the page templates):
 *   <div class="kb-map" data-lat="32.99" data-lon="36.06" data-label="Jasim"></div>   one point
 *   <div class="kb-map" data-points="all"></div>                                     every incident
 *   optional: data-place="<place id>" adds the incidents at that place; data-zoom="9".
 *
 * Data (written by the build into the site): data/map-config.json {tiles: {url, attribution}}
 * and data/points.json [{id, lat, lon, type, date, fatalities, title: {en, ar}, url: {en, ar}}].
 * Leaflet and leaflet.markercluster are shipped in assets/vendor (no CDN). Tiles come from the
 * configured URL; when they cannot load, the markers still show on a blank background.
 * Every text from the records is inserted with textContent, never as HTML.
 */
(function () {
  "use strict";

  var TYPE_COLOURS = {  // keep in step with generator/pages/charts.py TYPE_COLOURS
    battles: "#d62728",
    explosions_remote_violence: "#ff7f0e",
    violence_against_civilians: "#9467bd",
    protests: "#2ca02c",
    riots: "#8c564b",
    strategic_developments: "#1f77b4"
  };
  var DEFAULT_TILES = {
    url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
  };
  var SYRIA = [35.0, 38.5];

  function siteRoot() {
    var config = document.getElementById("__config");
    var base = ".";
    if (config) {
      try { base = JSON.parse(config.textContent).base || "."; } catch (e) { /* keep "." */ }
    }
    return new URL(base.replace(/\/?$/, "/"), window.location.href);
  }

  function language() {
    var lang = (document.documentElement.getAttribute("lang") || "en").slice(0, 2);
    return lang === "ar" ? "ar" : "en";
  }

  function fetchJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) { throw new Error(url + ": " + response.status); }
      return response.json();
    });
  }

  var root = siteRoot();
  var configPromise = null;
  var pointsPromise = null;

  function loadConfig() {
    if (!configPromise) {
      configPromise = fetchJSON(new URL("data/map-config.json", root)).catch(function () { return {}; });
    }
    return configPromise;
  }

  function loadPoints() {
    if (!pointsPromise) {
      pointsPromise = fetchJSON(new URL("data/points.json", root));
    }
    return pointsPromise;
  }

  function icon(type) {
    return L.divIcon({
      className: "kb-marker kb-type-" + String(type).replace(/[^a-z_]/g, ""),
      html: "",
      iconSize: [14, 14],
      iconAnchor: [7, 7],
      popupAnchor: [0, -7]
    });
  }

  function popup(point, lang) {
    var box = document.createElement("div");
    box.className = "kb-popup";
    box.setAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    var link = document.createElement("a");
    link.href = new URL(point.url[lang] || point.url.en, root).href;
    link.textContent = point.title[lang] || point.title.en || point.id;
    box.appendChild(link);
    var meta = document.createElement("div");
    meta.className = "kb-popup-meta";
    var bits = [];
    if (point.date) { bits.push(point.date); }
    if (point.fatalities !== null && point.fatalities !== undefined) { bits.push("\u2020 " + point.fatalities); }
    meta.textContent = bits.join(" \u00b7 ");
    box.appendChild(meta);
    return box;
  }

  function baseLayer(map, config) {
    var tiles = (config && config.tiles && config.tiles.url) ? config.tiles : DEFAULT_TILES;
    var layer = L.tileLayer(tiles.url, {
      attribution: tiles.attribution || "",
      maxZoom: tiles.max_zoom || 18,
      crossOrigin: true
    });
    layer.on("tileerror", function () { map.getContainer().classList.add("kb-map-no-tiles"); });
    layer.addTo(map);
  }

  function makeMap(element, lang) {
    element.classList.add("kb-map-ready");
    var map = L.map(element, { scrollWheelZoom: false, worldCopyJump: true, maxZoom: 18 });  // markercluster needs maxZoom before tiles arrive
    if (lang === "ar" && map.attributionControl) { map.attributionControl.setPosition("bottomleft"); }
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    return map;
  }

  function finish(element, count) {
    element.setAttribute("data-kb-markers", String(count));
    element.dispatchEvent(new CustomEvent("kb-map-ready", { bubbles: true, detail: { markers: count } }));
  }

  function allIncidents(element, lang) {
    var map = makeMap(element, lang);
    map.setView(SYRIA, 6);
    loadConfig().then(function (config) { baseLayer(map, config); });
    return loadPoints().then(function (points) {
      var cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
      var bounds = [];
      var only = element.getAttribute("data-place");
      points.forEach(function (point) {
        if (only && point.place !== only) { return; }
        var marker = L.marker([point.lat, point.lon], { icon: icon(point.type), title: point.title[lang] || point.id });
        marker.bindPopup(function () { return popup(point, lang); });
        cluster.addLayer(marker);
        bounds.push([point.lat, point.lon]);
      });
      // Fit without animation, then add the markers: they are drawn for the final view at once.
      if (bounds.length) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 10, animate: false }); }
      map.addLayer(cluster);
      finish(element, bounds.length);
    }).catch(function (error) {
      element.classList.add("kb-map-failed");
      finish(element, 0);
      if (window.console) { console.error("kb map:", error); }
    });
  }

  function onePoint(element, lang) {
    var lat = parseFloat(element.getAttribute("data-lat"));
    var lon = parseFloat(element.getAttribute("data-lon"));
    if (!isFinite(lat) || !isFinite(lon)) { return; }
    var zoom = parseInt(element.getAttribute("data-zoom") || "10", 10);
    var map = makeMap(element, lang);
    map.setView([lat, lon], zoom);
    loadConfig().then(function (config) { baseLayer(map, config); });
    var label = element.getAttribute("data-label");
    /* title: the marker is a focusable button, which needs a name (axe aria-command-name). */
    var marker = L.marker([lat, lon], { icon: icon(element.getAttribute("data-type") || "place"), title: label || "" });
    if (label) {
      var text = document.createElement("span");
      text.textContent = label;
      marker.bindTooltip(text, { direction: "top", offset: [0, -8] });
    }
    marker.addTo(map);
    finish(element, 1);
  }

  function start() {
    if (typeof L === "undefined") { return; }
    var lang = language();
    var maps = document.querySelectorAll(".kb-map:not(.kb-map-ready)");
    Array.prototype.forEach.call(maps, function (element) {
      if (element.hasAttribute("data-points")) {
        allIncidents(element, lang);
      } else {
        onePoint(element, lang);
      }
    });
  }

  // Leaflet is loaded only on pages with a map, from the copies shipped in assets/vendor.
  function loadScript(path) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL(path, root).href;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("cannot load " + path)); };
      document.head.appendChild(script);
    });
  }

  function loadStyle(path) {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL(path, root).href;
    document.head.appendChild(link);
  }

  function boot() {
    if (!document.querySelector(".kb-map")) { return; }
    if (typeof L !== "undefined" && L.markerClusterGroup) { start(); return; }
    loadStyle("assets/vendor/leaflet/leaflet.css");
    loadStyle("assets/vendor/leaflet.markercluster/MarkerCluster.css");
    loadStyle("assets/vendor/leaflet.markercluster/MarkerCluster.Default.css");
    loadScript("assets/vendor/leaflet/leaflet.js")
      .then(function () { return loadScript("assets/vendor/leaflet.markercluster/leaflet.markercluster.js"); })
      .then(start)
      .catch(function (error) { if (window.console) { console.error("kb map:", error); } });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", boot);
  } else {
    boot();
  }
}());
