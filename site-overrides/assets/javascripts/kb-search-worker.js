/* The search worker Material's search box talks to (site-overrides/main.html names it), answering
 * from the Pagefind index of the page's language (search/<lang>/, written by generator/pages/search.py)
 * instead of from one index of every page.
 *
 * Material's protocol: it sends {type: 0} (set up) and {type: 2, data: query}; the worker answers
 * {type: 1} (ready) and {type: 3, data: {items, total}}, each item a list of one document
 * {location, title, text, score, terms}. Title and text are HTML: escaped, with the matched words
 * in <mark>. `terms` lists the words typed, all present (the search requires every term), so no
 * word is shown struck through as missing. Only the best SHOWN results are loaded and sent;
 * `total` says how many matched (kb-search.js shows it).
 */
"use strict";
importScripts("kb-fold.js"); /* kbFold: the folding of generator/pages/searchnorm.py */

var SHOWN = 20;
var language = new URL(self.location.href).searchParams.get("lang") || "en";
var bundle = new URL("../../search/" + language + "/", self.location.href).href;
var pagefind = null;
var latest = 0;

function setup() {
  return import(bundle + "pagefind.js").then(function (module) {
    pagefind = module;
    return pagefind.options({ basePath: bundle, baseUrl: "/" });
  }).then(function () { return pagefind.init(); });
}

function query(value, id) {
  var terms = kbFold.queryTerms(value);
  if (!terms.length) return Promise.resolve({ items: [], total: 0 });
  return pagefind.search(terms.join(" ")).then(function (found) {
    if (id !== latest) return null;
    var best = found.results.slice(0, SHOWN);
    return Promise.all(best.map(function (result) { return result.data(); })).then(function (pages) {
      var typed = {};
      value.split(/\s+/).filter(Boolean).forEach(function (w) { typed[w] = true; });
      // Pagefind's scores favour pages that repeat a word; a page titled with exactly the query (the
      // place "Jasim" among the incidents and groups of Jasim) is what a reader asked for: it goes first.
      var exact = terms.join(" ");
      var titled = pages.map(function (page) { return kbFold.queryTerms(page.meta.title || "").join(" ") === exact ? 1 : 0; });
      var order = pages.map(function (page, i) { return i; });
      order.sort(function (a, b) { return titled[b] - titled[a] || a - b; });
      var items = order.map(function (i) {
        var page = pages[i];
        return [{
          location: page.raw_url.replace(/^\//, ""),
          title: kbFold.mark(page.meta.title || "", terms),
          text: kbFold.mark(page.meta.teaser || "", terms),
          score: best[i].score,
          terms: typed
        }];
      });
      return { items: items, total: found.results.length };
    });
  });
}

var ready = null;
self.addEventListener("message", function (event) {
  var message = event.data;
  if (message.type === 0) {
    ready = ready || setup();
    ready.then(function () { self.postMessage({ type: 1 }); });
  } else if (message.type === 2 && ready) {
    var id = ++latest;
    ready.then(function () { return query(String(message.data || ""), id); }).then(function (result) {
      if (result && id === latest) self.postMessage({ type: 3, data: result });
    });
  }
});
