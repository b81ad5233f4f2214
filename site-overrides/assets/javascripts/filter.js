/* Filter and sort an incidents table in the browser; the filter lives in the URL's query string.
 *
 * Markup: <div class="kb-incidents" data-kb-filter data-kb-map="../map/"> <table> … <tr data-type="battles"
 *   data-place="jasim" data-gov="daraa-governorate" data-orgs="islamic-state jasim-local-fighters"
 *   data-date="2022-10-17" data-fatalities="3"> … </table></div>
 * Names for the drop-downs come from data/labels.json (written by the build); without it the
 * type cell's text and the place link's text are used, and organization ids.
 * URL: ?type=battles&place=jasim&gov=daraa-governorate&org=islamic-state&from=2022-01-01&to=2022-12-31
 *   &sort=date&order=desc
 * so a filtered view can be shared and survives a reload. The map (map.js) reads and writes the
 * same keys through window.kbFilter, so one link opens both with the same filter.
 */
(function () {
  "use strict";

  var WORDS = {
    en: { type: "Type", place: "Place", gov: "Governorate", org: "Organization", from: "From", to: "To",
          any: "All", reset: "Reset", shown: "{n} of {total} incidents shown", sort: "Sort by this column",
          map: "Show these incidents on the map" },
    ar: { type: "النوع", place: "المكان", gov: "المحافظة", org: "الجهة", from: "من", to: "إلى", any: "الكل",
          reset: "إعادة الضبط", shown: "تُعرض {n} من أصل {total} حادثة", sort: "رتّب حسب هذا العمود",
          map: "اعرض هذه الحوادث على الخريطة" }
  };
  var KEYS = ["type", "place", "gov", "org", "from", "to", "sort", "order"];
  var FILTER_KEYS = ["type", "place", "gov", "org", "from", "to"];  // what the map shares (not the sort)

  function language() {
    return (document.documentElement.getAttribute("lang") || "en").slice(0, 2) === "ar" ? "ar" : "en";
  }

  function siteRoot() {
    var config = document.getElementById("__config");
    var base = ".";
    if (config) { try { base = JSON.parse(config.textContent).base || "."; } catch (e) { /* keep */ } }
    return new URL(base.replace(/\/?$/, "/"), window.location.href);
  }

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var state = {};
    KEYS.forEach(function (key) { state[key] = params.get(key) || ""; });
    return state;
  }

  function writeState(state) {
    var params = new URLSearchParams(window.location.search);
    KEYS.forEach(function (key) {
      if (state[key]) { params.set(key, state[key]); } else { params.delete(key); }
    });
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    window.history.replaceState(null, "", url);
  }

  // The filter part of the state as a query string ("?type=battles&gov=…", or "" when none is set).
  function filterQuery(state) {
    var params = new URLSearchParams();
    FILTER_KEYS.forEach(function (key) { if (state[key]) { params.set(key, state[key]); } });
    var query = params.toString();
    return query ? "?" + query : "";
  }

  // item: {type, place, gov, orgs: [ids], date: "YYYY-MM-DD" or ""}. Dates compare as ISO strings.
  function matches(item, state) {
    if (state.type && item.type !== state.type) { return false; }
    if (state.place && item.place !== state.place) { return false; }
    if (state.gov && item.gov !== state.gov) { return false; }
    if (state.org && (item.orgs || []).indexOf(state.org) < 0) { return false; }
    if (state.from && (!item.date || item.date < state.from)) { return false; }
    if (state.to && (!item.date || item.date > state.to)) { return false; }
    return true;
  }

  function rowItem(row) {
    return { type: row.getAttribute("data-type"), place: row.getAttribute("data-place") || "",
             gov: row.getAttribute("data-gov") || "", date: row.getAttribute("data-date") || "",
             orgs: (row.getAttribute("data-orgs") || "").split(/\s+/).filter(Boolean) };
  }

  function element(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function select(name, label, options, words) {
    var wrap = element("label", { "class": "kb-filter-field" });
    wrap.appendChild(element("span", {}, label));
    var box = element("select", { name: name, "data-kb-filter-key": name });
    box.appendChild(element("option", { value: "" }, words.any));
    options.forEach(function (option) { box.appendChild(element("option", { value: option[0] }, option[1])); });
    wrap.appendChild(box);
    return wrap;
  }

  function dateInput(name, label) {
    var wrap = element("label", { "class": "kb-filter-field" });
    wrap.appendChild(element("span", {}, label));
    wrap.appendChild(element("input", { type: "date", name: name, "data-kb-filter-key": name }));
    return wrap;
  }

  function sortedOptions(map) {
    return Object.keys(map).map(function (key) { return [key, map[key]]; })
      .sort(function (a, b) { return a[1].localeCompare(b[1]); });
  }

  function setup(container, labels, lang) {
    var table = container.querySelector("table");
    var body = table && table.tBodies[0];
    if (!body) { return; }
    var rows = Array.prototype.slice.call(body.rows).filter(function (row) { return row.hasAttribute("data-type"); });
    var words = WORDS[lang];
    var types = {}, places = {}, govs = {}, orgs = {};
    var items = rows.map(rowItem);
    var headers = Array.prototype.slice.call(table.tHead ? table.tHead.rows[0].cells : []);
    var typeColumn = -1;
    headers.forEach(function (cell, index) { if (cell.getAttribute("data-kb-col") === "type") { typeColumn = index; } });
    rows.forEach(function (row, index) {
      row.setAttribute("data-kb-index", String(index));
      var type = row.getAttribute("data-type");
      var typeText = typeColumn >= 0 && row.cells[typeColumn] ? row.cells[typeColumn].textContent.trim() : type;
      types[type] = (labels.type && labels.type[type]) || types[type] || typeText || type;
      var place = row.getAttribute("data-place");
      if (place) {
        var link = row.querySelector('a[href*="/places/' + place + '/"]');
        places[place] = (labels.place && labels.place[place]) || (link ? link.textContent.trim() : place);
      }
      var gov = row.getAttribute("data-gov");
      if (gov) { govs[gov] = (labels.place && labels.place[gov]) || gov; }
      items[index].orgs.forEach(function (org) { orgs[org] = (labels.org && labels.org[org]) || org; });
    });

    var form = element("form", { "class": "kb-filter", role: "search", "data-kb-filter-form": "" });
    form.appendChild(select("type", words.type, sortedOptions(types), words));
    form.appendChild(select("place", words.place, sortedOptions(places), words));
    form.appendChild(select("gov", words.gov, sortedOptions(govs), words));
    form.appendChild(select("org", words.org, sortedOptions(orgs), words));
    form.appendChild(dateInput("from", words.from));
    form.appendChild(dateInput("to", words.to));
    var reset = element("button", { type: "button", "class": "md-button kb-filter-reset" }, words.reset);
    form.appendChild(reset);
    var status = element("p", { "class": "kb-filter-status", role: "status", "aria-live": "polite" });
    var mapHref = container.getAttribute("data-kb-map");
    var mapLink = mapHref ? element("a", { "class": "kb-filter-map", href: mapHref }, words.map) : null;
    container.parentNode.insertBefore(form, container);
    container.parentNode.insertBefore(status, container);
    if (mapLink) { status.parentNode.insertBefore(mapLink, container); }

    var state = readState();

    function controls() { return form.querySelectorAll("[data-kb-filter-key]"); }

    function fillControls() {
      Array.prototype.forEach.call(controls(), function (control) {
        var key = control.getAttribute("data-kb-filter-key");
        if (control.tagName === "SELECT" && state[key] &&
            !control.querySelector('option[value="' + CSS.escape(state[key]) + '"]')) {
          control.appendChild(element("option", { value: state[key] }, state[key]));
        }
        control.value = state[key] || "";
      });
    }

    function sortKey(row, column) {
      if (column === "date") { return row.getAttribute("data-date") || ""; }
      if (column === "fatalities") { return parseInt(row.getAttribute("data-fatalities") || "-1", 10); }
      var index = headers.findIndex(function (cell) { return cell.getAttribute("data-kb-col") === column; });
      return index >= 0 && row.cells[index] ? row.cells[index].textContent.trim() : "";
    }

    function apply() {
      var shown = 0;
      rows.forEach(function (row, index) {
        var ok = matches(items[index], state);
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      if (state.sort) {
        var direction = state.order === "asc" ? 1 : -1;
        var ordered = rows.slice().sort(function (a, b) {
          var x = sortKey(a, state.sort), y = sortKey(b, state.sort);
          var c = typeof x === "number" ? x - y : String(x).localeCompare(String(y), lang);
          return c !== 0 ? direction * c : parseInt(a.getAttribute("data-kb-index"), 10) - parseInt(b.getAttribute("data-kb-index"), 10);
        });
        ordered.forEach(function (row) { body.appendChild(row); });
      }
      headers.forEach(function (cell) {
        var column = cell.getAttribute("data-kb-col");
        if (!column) { return; }
        cell.setAttribute("aria-sort", column === state.sort ? (state.order === "asc" ? "ascending" : "descending") : "none");
      });
      container.setAttribute("data-kb-shown", String(shown));
      status.textContent = words.shown.replace("{n}", shown).replace("{total}", rows.length);
      if (mapLink) { mapLink.setAttribute("href", mapHref + filterQuery(state)); }
    }

    form.addEventListener("change", function (event) {
      var key = event.target.getAttribute("data-kb-filter-key");
      if (!key) { return; }
      state[key] = event.target.value;
      writeState(state);
      apply();
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    reset.addEventListener("click", function () {
      KEYS.forEach(function (key) { state[key] = ""; });
      fillControls();
      writeState(state);
      rows.forEach(function (row) { body.appendChild(row); });
      apply();
    });
    headers.forEach(function (cell) {
      var column = cell.getAttribute("data-kb-col");
      if (!column) { return; }
      var button = element("button", { type: "button", "class": "kb-sort", title: words.sort }, cell.textContent);
      cell.textContent = "";
      cell.appendChild(button);
      button.addEventListener("click", function () {
        state.order = state.sort === column && state.order !== "asc" ? "asc" : "desc";
        state.sort = column;
        writeState(state);
        apply();
      });
    });
    fillControls();
    apply();
    container.classList.add("kb-filter-ready");
  }

  // Shared with map.js: the same keys, URL and matching rule.
  window.kbFilter = { KEYS: KEYS, WORDS: WORDS, language: language, readState: readState,
                      writeState: writeState, filterQuery: filterQuery, matches: matches };

  function start() {
    var containers = document.querySelectorAll("[data-kb-filter]:not(.kb-filter-ready)");
    if (!containers.length) { return; }
    var lang = language();
    fetch(new URL("data/labels.json", siteRoot()), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : {}; })
      .catch(function () { return {}; })
      .then(function (all) {
        var labels = {};
        Object.keys(all || {}).forEach(function (group) {
          labels[group] = {};
          Object.keys(all[group]).forEach(function (id) {
            var names = all[group][id];
            labels[group][id] = names[lang] || names.en || names.ar || id;
          });
        });
        Array.prototype.forEach.call(containers, function (container) { setup(container, labels, lang); });
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
