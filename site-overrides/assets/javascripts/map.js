/* Maps of the knowledge base: every incident on the map hub and the home page, one point on
 * incident and place pages.
 *
 * Markup (emitted by the page templates):
 *   <div class="kb-map" data-lat="32.99" data-lon="36.06" data-label="Jasim"></div>     one point
 *   <div class="kb-map" data-points="../map/points.json"></div>                         every incident
 *   on the map hub also: data-kb-map-filter (the filter form, time slider and counts) and
 *   data-kb-list="../incidents/" (the incidents list, opened with the same filter).
 *
 * Data: map/points.json of the page's language (generator/pages/mapdata.py): points with the
 * title and date as the incident pages write them, names for the filter, the interface words;
 * data/map-config.json {tiles: {url, attribution}} (written by the build).
 * The filter is the incidents hub's (filter.js, window.kbFilter): the same URL keys and rule, so
 * a link with ?type=…&gov=…&from=… opens both with the same filter.
 * Leaflet and leaflet.markercluster are shipped in assets/vendor (no CDN). When tiles cannot load,
 * the outline of Syria (assets/geo) and the governorates' names are drawn instead.
 * Every text from the records is inserted with textContent, never as HTML.
 */
(function () {
  "use strict";

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

  function element(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  var root = siteRoot();
  var configPromise = null;
  var outlinePromise = null;

  function loadConfig() {
    if (!configPromise) {
      configPromise = fetchJSON(new URL("data/map-config.json", root)).catch(function () { return {}; });
    }
    return configPromise;
  }

  function safeType(type) { return String(type).replace(/[^a-z_]/g, ""); }

  function icon(type) {
    return L.divIcon({
      className: "kb-marker kb-type-" + safeType(type),
      html: "",
      iconSize: [14, 14],
      iconAnchor: [7, 7],
      popupAnchor: [0, -7]
    });
  }

  function popup(point, data, pointsUrl, lang) {
    var box = element("div", { "class": "kb-popup", dir: lang === "ar" ? "rtl" : "ltr" });
    var link = element("a", { href: new URL(point.url, pointsUrl).href }, point.title || point.id);
    box.appendChild(link);
    var bits = [point.when, data.types[point.type]];
    if (point.fatalities !== null && point.fatalities !== undefined) {
      bits.push(data.words.fatalities.replace("{n}", point.fatalities));
    }
    box.appendChild(element("div", { "class": "kb-popup-meta" }, bits.filter(Boolean).join(" · ")));
    return box;
  }

  // Offline or with the tile server blocked: the outline of Syria and the governorates' names.
  function fallback(map) {
    if (map.kbFallback) { return; }
    map.kbFallback = true;
    map.getContainer().classList.add("kb-map-no-tiles");
    if (!outlinePromise) { outlinePromise = fetchJSON(new URL("assets/geo/syria-outline.geojson", root)); }
    outlinePromise.then(function (outline) {
      L.geoJSON(outline, { interactive: false, style: { className: "kb-outline", weight: 1.5, fillOpacity: 0.08 } })
        .addTo(map).bringToBack();
    }).catch(function (error) { if (window.console) { console.error("kb map:", error); } });
    governorateLabels(map);
  }

  // map.kbGovernorates is set once the map's points.json is loaded (maps of one point have none).
  function governorateLabels(map) {
    if (!map.kbFallback || !map.kbGovernorates || map.kbLabelled) { return; }
    map.kbLabelled = true;
    Object.keys(map.kbGovernorates).forEach(function (id) {
      var gov = map.kbGovernorates[id];
      if (typeof gov.lat !== "number" || typeof gov.lon !== "number") { return; }
      var label = L.marker([gov.lat, gov.lon], {
        icon: L.divIcon({ className: "kb-gov-label", html: "", iconSize: null }), interactive: false, keyboard: false
      }).addTo(map);
      label.getElement().textContent = gov.name;
    });
  }

  function baseLayer(map, config) {
    var tiles = (config && config.tiles && config.tiles.url) ? config.tiles : DEFAULT_TILES;
    var layer = L.tileLayer(tiles.url, {
      attribution: tiles.attribution || "",
      maxZoom: tiles.max_zoom || 18,
      crossOrigin: true
    });
    layer.on("tileerror", function () { fallback(map); });
    layer.addTo(map);
  }

  function makeMap(container, lang) {
    container.classList.add("kb-map-ready");
    var map = L.map(container, { scrollWheelZoom: false, worldCopyJump: true, maxZoom: 18 });  // markercluster needs maxZoom before tiles arrive
    if (lang === "ar" && map.attributionControl) { map.attributionControl.setPosition("bottomleft"); }
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    return map;
  }

  function finish(container, count) {
    container.setAttribute("data-kb-markers", String(count));
    container.dispatchEvent(new CustomEvent("kb-map-ready", { bubbles: true, detail: { markers: count } }));
  }

  function marker(point, data, pointsUrl, lang) {
    var title = point.title || point.id;
    var item = L.marker([point.lat, point.lon], { icon: icon(point.type), title: title, alt: title });
    item.on("add", function () {  // a named button for keyboards and screen readers
      var node = item.getElement();
      if (node) { node.setAttribute("aria-label", title + (point.when ? " (" + point.when + ")" : "")); }
    });
    item.bindPopup(function () { return popup(point, data, pointsUrl, lang); });
    return item;
  }

  // The months from the first dated point to the last: [{year, month, first: "YYYY-MM-01", last}].
  function monthsOf(points) {
    var dates = points.map(function (p) { return p.date; }).filter(Boolean).sort();
    if (!dates.length) { return []; }
    var year = +dates[0].slice(0, 4), month = +dates[0].slice(5, 7);
    var endYear = +dates[dates.length - 1].slice(0, 4), endMonth = +dates[dates.length - 1].slice(5, 7);
    var out = [];
    while (year < endYear || (year === endYear && month <= endMonth)) {
      var pad = (month < 10 ? "0" : "") + month;
      var lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
      out.push({ year: year, month: month, first: year + "-" + pad + "-01", last: year + "-" + pad + "-" + lastDay });
      month += 1;
      if (month > 12) { month = 1; year += 1; }
    }
    return out;
  }

  function sortedOptions(names) {
    return Object.keys(names).map(function (id) { return [id, names[id]]; })
      .sort(function (a, b) { return String(a[1]).localeCompare(String(b[1])); });
  }

  // The filter form, time slider, legend with counts and the link to the list; returns apply().
  function filterControls(container, data, markers, cluster, lang) {
    var filter = window.kbFilter;
    var words = filter.WORDS[lang];
    var mapWords = data.words;
    var state = filter.readState();
    var months = monthsOf(data.points);
    var form = element("form", { "class": "kb-filter kb-map-filter", role: "search", "data-kb-filter-form": "" });

    function select(name, label, names) {
      var wrap = element("label", { "class": "kb-filter-field" });
      wrap.appendChild(element("span", {}, label));
      var box = element("select", { name: name, "data-kb-filter-key": name });
      box.appendChild(element("option", { value: "" }, words.any));
      sortedOptions(names).forEach(function (option) { box.appendChild(element("option", { value: option[0] }, option[1])); });
      if (state[name] && !names[state[name]]) { box.appendChild(element("option", { value: state[name] }, state[name])); }
      wrap.appendChild(box);
      form.appendChild(wrap);
    }

    function dateInput(name, label) {
      var wrap = element("label", { "class": "kb-filter-field" });
      wrap.appendChild(element("span", {}, label));
      wrap.appendChild(element("input", { type: "date", name: name, "data-kb-filter-key": name }));
      form.appendChild(wrap);
    }

    var types = {};
    data.points.forEach(function (p) { types[p.type] = data.types[p.type] || p.type; });
    var governorates = {};
    Object.keys(data.governorates).forEach(function (id) { governorates[id] = data.governorates[id].name; });
    select("type", words.type, types);
    select("org", words.org, data.organizations);
    select("gov", words.gov, governorates);
    if (state.place) { select("place", words.place, data.places); }  // from a shared link only
    dateInput("from", words.from);
    dateInput("to", words.to);
    var sliderWrap = element("label", { "class": "kb-filter-field kb-map-slider" });
    var sliderLabel = element("span", {});
    var slider = element("input", { type: "range", min: "0", max: String(months.length), step: "1",
                                    name: "until", "aria-label": mapWords.slider });
    sliderWrap.appendChild(sliderLabel);
    sliderWrap.appendChild(slider);
    form.appendChild(sliderWrap);
    var reset = element("button", { type: "button", "class": "md-button kb-filter-reset" }, words.reset);
    form.appendChild(reset);
    var legend = element("ul", { "class": "kb-legend kb-map-legend" });
    var status = element("p", { "class": "kb-filter-status", role: "status", "aria-live": "polite" });
    var list = element("a", { "class": "kb-map-list", href: container.getAttribute("data-kb-list") || "" }, mapWords.as_list);
    var parent = container.parentNode;
    [form, legend, status].forEach(function (node) { parent.insertBefore(node, container); });
    parent.insertBefore(list, container.nextSibling);

    function sliderIndex() {
      if (!state.to) { return months.length; }
      for (var i = 0; i < months.length; i += 1) { if (state.to <= months[i].last) { return i; } }
      return months.length;
    }

    function fillControls() {
      Array.prototype.forEach.call(form.querySelectorAll("[data-kb-filter-key]"), function (control) {
        control.value = state[control.getAttribute("data-kb-filter-key")] || "";
      });
      var index = sliderIndex();
      slider.value = String(index);
      sliderLabel.textContent = index < months.length
        ? mapWords.until.replace("{month}", data.months[months[index].month - 1] + " " + months[index].year)
        : mapWords.all_dates;
    }

    function apply() {
      var shown = [], counts = {};
      markers.forEach(function (entry) {
        if (filter.matches(entry.point, state)) {
          shown.push(entry.marker);
          counts[entry.point.type] = (counts[entry.point.type] || 0) + 1;
        }
      });
      cluster.clearLayers();
      cluster.addLayers(shown);
      legend.textContent = "";
      Object.keys(types).forEach(function (type) {
        var item = element("li", { "data-kb-type": type });
        item.appendChild(element("span", { "class": "kb-swatch kb-type-" + safeType(type) }));
        item.appendChild(document.createTextNode(types[type] + " (" + (counts[type] || 0) + ")"));
        legend.appendChild(item);
      });
      status.textContent = mapWords.shown.replace("{n}", shown.length).replace("{total}", markers.length);
      list.setAttribute("href", (container.getAttribute("data-kb-list") || "") + filter.filterQuery(state));
      fillControls();
      return shown.length;
    }

    function changed() {
      filter.writeState(state);
      finish(container, apply());
    }

    form.addEventListener("change", function (event) {
      var key = event.target.getAttribute("data-kb-filter-key");
      if (!key) { return; }
      state[key] = event.target.value;
      changed();
    });
    slider.addEventListener("input", function () {
      var index = parseInt(slider.value, 10);
      state.to = index < months.length ? months[index].last : "";
      changed();
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    reset.addEventListener("click", function () {
      ["type", "place", "gov", "org", "from", "to"].forEach(function (key) { state[key] = ""; });
      changed();
    });
    return apply;
  }

  function allIncidents(container, lang) {
    var map = makeMap(container, lang);
    map.setView(SYRIA, 6);
    var pointsUrl = new URL(container.getAttribute("data-points"), window.location.href);
    loadConfig().then(function (config) { baseLayer(map, config); });
    return fetchJSON(pointsUrl).then(function (data) {
      map.kbGovernorates = data.governorates;
      governorateLabels(map);
      var cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
      var markers = data.points.map(function (point) {
        return { point: point, marker: marker(point, data, pointsUrl, lang) };
      });
      var bounds = data.points.map(function (p) { return [p.lat, p.lon]; });
      // Fit without animation, then add the markers: they are drawn for the final view at once.
      if (bounds.length) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 10, animate: false }); }
      map.addLayer(cluster);
      var shown;
      if (container.hasAttribute("data-kb-map-filter") && window.kbFilter) {
        shown = filterControls(container, data, markers, cluster, lang)();
      } else {
        cluster.addLayers(markers.map(function (entry) { return entry.marker; }));
        shown = markers.length;
      }
      finish(container, shown);
    }).catch(function (error) {
      container.classList.add("kb-map-failed");
      finish(container, 0);
      if (window.console) { console.error("kb map:", error); }
    });
  }

  function onePoint(container, lang) {
    var lat = parseFloat(container.getAttribute("data-lat"));
    var lon = parseFloat(container.getAttribute("data-lon"));
    if (!isFinite(lat) || !isFinite(lon)) { return; }
    var zoom = parseInt(container.getAttribute("data-zoom") || "10", 10);
    var map = makeMap(container, lang);
    map.setView([lat, lon], zoom);
    loadConfig().then(function (config) { baseLayer(map, config); });
    var label = container.getAttribute("data-label");
    /* Not focusable (keyboard: false); title still names it for pointer users and checkers. */
    var point = L.marker([lat, lon], { icon: icon(container.getAttribute("data-type") || "place"), keyboard: false,
                                       title: label || "" });
    if (label) {
      var text = document.createElement("span");
      text.textContent = label;
      point.bindTooltip(text, { direction: "top", offset: [0, -8] });
    }
    point.addTo(map);
    finish(container, 1);
  }

  function start() {
    if (typeof L === "undefined") { return; }
    var lang = language();
    var maps = document.querySelectorAll(".kb-map:not(.kb-map-ready)");
    Array.prototype.forEach.call(maps, function (container) {
      if (container.hasAttribute("data-points")) {
        allIncidents(container, lang);
      } else {
        onePoint(container, lang);
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
