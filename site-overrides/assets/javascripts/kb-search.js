/* Material's search box, two fixes; loaded before Material's bundle (site-overrides/main.html).
 *
 * 1. Material searches on keyup. An input method that types without key events (Arabic on many
 *    phones, dictation, paste from a menu) left the box showing "Type to start searching":
 *    every input event now also sends the box a keyup.
 * 2. Material counts the results it was sent. The search worker (kb-search-worker.js) sends the
 *    best ones and says how many matched in all: the line above the results says both.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  document.addEventListener("input", function (event) {
    var box = event.target;
    if (box && box.matches && box.matches("[data-md-component=search-query]")) {
      box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    }
  }, true);

  var Native = window.Worker;
  if (!Native || !script) return;
  var worker = new URL(script.dataset.worker, document.baseURI).pathname;
  function KbWorker(url, options) {
    var created = new Native(url, options);
    if (new URL(url, document.baseURI).pathname === worker) {
      created.addEventListener("message", function (event) {
        var data = event.data && event.data.type === 3 ? event.data.data : null;
        if (!data || !(data.total > data.items.length)) return;
        setTimeout(function () { /* after Material has written its own count */
          var meta = document.querySelector(".md-search-result__meta");
          if (meta) {
            meta.textContent = script.dataset.more.replace("{shown}", data.items.length.toLocaleString("en"))
              .replace("{total}", data.total.toLocaleString("en"));
          }
        });
      });
    }
    return created;
  }
  KbWorker.prototype = Native.prototype;
  window.Worker = KbWorker;
})();
