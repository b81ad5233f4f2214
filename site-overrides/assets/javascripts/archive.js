// Archived article texts are shipped once per source (archive/<id>.txt at the site root) instead of
// being repeated in every page that cites the source. A `[data-kb-archive]` block holds a link to the
// file (the no-JavaScript fallback) and an empty <pre>: the text is fetched when the collapsed block
// (<details>) is opened and put in as text (textContent), never as markup.
(function () {
  "use strict";

  function load(box) {
    if (box.getAttribute("data-kb-loaded")) return;
    var pre = box.querySelector("pre");
    if (!pre) return;
    box.setAttribute("data-kb-loaded", "loading");
    fetch(box.getAttribute("data-kb-archive"))
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (text) {
        pre.textContent = text;
        box.setAttribute("data-kb-loaded", "yes");
      })
      .catch(function () {
        box.removeAttribute("data-kb-loaded"); // the link to the file stays; try again on the next opening
      });
  }

  function init() {
    var boxes = document.querySelectorAll("details[data-kb-archive]");
    Array.prototype.forEach.call(boxes, function (box) {
      if (box.open) load(box);
      box.addEventListener("toggle", function () { if (box.open) load(box); });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
