/* Charts: draws each <figure class="kb-chart"> from the data it carries, with Apache ECharts.
 *
 * Markup (generator/pages/charts.py):
 *   <figure class="kb-chart" data-kb-chart="time|bars" dir="ltr|rtl">
 *     <figcaption>…</figcaption>
 *     <div class="kb-chart-plot" role="img" tabindex="0"></div>
 *     <script type="application/json" class="kb-chart-spec">{kind, labels, series | values, …}</script>
 *     <p class="kb-chart-summary">…</p> <details> table of every number </details>
 *   </figure>
 * ECharts (assets/vendor/echarts) is loaded only on pages with a chart. The canvas renderer is
 * used: its text keeps Arabic labels and a mirrored axis right, where SVG text anchors flip in
 * right-to-left pages. Labels are 12 px at any width; ECharts drops labels that would overlap.
 * Hover or keyboard focus (arrow keys, Home, End) shows the values of a period or bar, which are
 * also written to a live region for screen readers. Legend buttons show and hide a type.
 * Colours come from CSS (kb-data.css), so the charts follow Material's light and dark schemes.
 * Every text from the records is set with textContent, never as HTML.
 */
(function () {
  "use strict";

  var FONT_SIZE = 12;

  function siteRoot() {
    var config = document.getElementById("__config");
    var base = ".";
    if (config) { try { base = JSON.parse(config.textContent).base || "."; } catch (e) { /* keep */ } }
    return new URL(base.replace(/\/?$/, "/"), window.location.href);
  }

  function css(element, name, fallback) {
    var value = getComputedStyle(element).getPropertyValue(name).trim();
    return value || fallback;
  }

  function theme(figure) {
    var style = getComputedStyle(figure);
    return {
      text: style.color,
      font: style.fontFamily,
      grid: css(figure, "--md-default-fg-color--lightest", "rgba(0,0,0,.07)"),
      axis: css(figure, "--md-default-fg-color--lighter", "rgba(0,0,0,.32)"),
      bar: css(figure, "--kb-bar", "#4051b5"),
      background: css(figure, "--md-default-bg-color", "#fff")
    };
  }

  function tooltipBox(title, lines, rtl) {
    var box = document.createElement("div");
    box.className = "kb-chart-tip";
    box.setAttribute("dir", rtl ? "rtl" : "ltr");
    var head = document.createElement("strong");
    head.textContent = title;
    box.appendChild(head);
    lines.forEach(function (line) {
      var row = document.createElement("div");
      row.textContent = line;
      box.appendChild(row);
    });
    return box;
  }

  // The words of one period or bar: what the tooltip and the live region say.
  function describe(spec, index, hidden) {
    if (spec.kind === "bars") {
      return { title: spec.labels[index], lines: [spec.metric + ": " + spec.values[index]] };
    }
    var lines = [], total = 0;
    spec.series.forEach(function (s) {
      if (hidden[s.name] || !s.values[index]) { return; }
      lines.push(s.name + ": " + s.values[index]);
      total += s.values[index];
    });
    lines.push(spec.total + ": " + total);
    return { title: spec.labels[index], lines: lines };
  }

  function timeOption(spec, colours, rtl) {
    return {
      xAxis: { type: "category", data: spec.labels, inverse: rtl,
               axisLabel: { fontSize: FONT_SIZE, hideOverlap: true, margin: 12, color: colours.text },
               axisLine: { lineStyle: { color: colours.axis } }, axisTick: { alignWithLabel: true } },
      yAxis: { type: "value", position: rtl ? "right" : "left", minInterval: 1,
               axisLabel: { fontSize: FONT_SIZE, color: colours.text },
               splitLine: { lineStyle: { color: colours.grid } } },
      series: spec.series.map(function (s) {
        return { name: s.name, type: "bar", stack: "total", data: s.values, barMaxWidth: 48,
                 itemStyle: { color: colours.types[s.key] }, emphasis: { focus: "series" } };
      })
    };
  }

  function barsOption(spec, colours, rtl, width) {
    return {
      yAxis: { type: "category", data: spec.labels, inverse: true, position: rtl ? "right" : "left",
               axisLabel: { fontSize: FONT_SIZE, color: colours.text, width: Math.max(80, Math.round(width * 0.35)),
                            overflow: "truncate" },
               axisLine: { lineStyle: { color: colours.axis } }, axisTick: { show: false } },
      xAxis: { type: "value", inverse: rtl, minInterval: 1, axisLabel: { fontSize: FONT_SIZE, color: colours.text },
               splitLine: { lineStyle: { color: colours.grid } } },
      series: [{ name: spec.metric, type: "bar", data: spec.values, barMaxWidth: 24, itemStyle: { color: colours.bar },
                 label: { show: true, position: rtl ? "left" : "right", fontSize: FONT_SIZE, color: colours.text },
                 cursor: "pointer" }]
    };
  }

  function draw(figure, spec, echarts) {
    var rtl = figure.getAttribute("dir") === "rtl";
    var plot = figure.querySelector(".kb-chart-plot");
    var live = document.createElement("p");
    live.className = "kb-chart-live";
    live.setAttribute("aria-live", "polite");
    figure.insertBefore(live, plot.nextSibling);
    var count = spec.labels.length;
    plot.style.height = (spec.kind === "bars" ? Math.max(120, 30 * count + 50) : 280) + "px";
    var chart = echarts.init(plot, null, { renderer: "canvas" });
    var hidden = {};
    var current = -1;

    function colours() {
      var c = theme(figure);
      c.types = {};
      (spec.series || []).forEach(function (s) { c.types[s.key] = css(figure, "--kb-type-" + s.key, "#777"); });
      return c;
    }

    function render() {
      var c = colours();
      var option = spec.kind === "bars" ? barsOption(spec, c, rtl, plot.clientWidth) : timeOption(spec, c, rtl);
      option.animation = false;
      option.aria = { enabled: false };
      option.textStyle = { fontSize: FONT_SIZE, fontFamily: c.font, color: c.text };
      option.grid = { left: 8, right: 8, top: 12, bottom: 8, containLabel: true };
      option.legend = { show: false };  // the HTML buttons below toggle the series
      option.tooltip = {
        trigger: "axis", axisPointer: { type: "shadow" }, confine: true, backgroundColor: c.background,
        borderColor: c.axis, textStyle: { color: c.text, fontSize: FONT_SIZE },
        formatter: function (params) {
          var index = (params[0] || params).dataIndex;
          var words = describe(spec, index, hidden);
          return tooltipBox(words.title, words.lines, rtl);
        }
      };
      chart.setOption(option, true);
    }

    function show(index) {
      if (!count) { return; }
      current = (index + count) % count;
      chart.dispatchAction({ type: "showTip", seriesIndex: 0, dataIndex: current });
      var words = describe(spec, current, hidden);
      live.textContent = words.title + " — " + words.lines.join("; ");
    }

    plot.addEventListener("focus", function () { show(current < 0 ? 0 : current); });
    plot.addEventListener("blur", function () { chart.dispatchAction({ type: "hideTip" }); });
    plot.addEventListener("keydown", function (event) {
      // On a right-to-left time axis the next period is to the left.
      var forward = spec.kind === "bars" ? "ArrowDown" : (rtl ? "ArrowLeft" : "ArrowRight");
      var back = spec.kind === "bars" ? "ArrowUp" : (rtl ? "ArrowRight" : "ArrowLeft");
      var moves = {};
      moves[forward] = current + 1;
      moves[back] = current - 1;
      moves.Home = 0;
      moves.End = count - 1;
      if (!(event.key in moves)) { return; }
      event.preventDefault();
      show(moves[event.key]);
    });
    chart.on("click", function (params) {
      var link = spec.links && spec.links[params.dataIndex];
      if (link) { window.location.href = new URL(link, window.location.href).href; }
    });

    if (spec.kind === "time" && spec.series.length > 1) {
      var legend = document.createElement("div");
      legend.className = "kb-chart-legend";
      spec.series.forEach(function (s) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "kb-chart-toggle";
        button.setAttribute("aria-pressed", "true");
        button.setAttribute("data-kb-series", s.key);
        var swatch = document.createElement("span");
        swatch.className = "kb-swatch kb-type-" + String(s.key).replace(/[^a-z_]/g, "");
        button.appendChild(swatch);
        button.appendChild(document.createTextNode(s.name));
        button.addEventListener("click", function () {
          hidden[s.name] = !hidden[s.name];
          button.setAttribute("aria-pressed", hidden[s.name] ? "false" : "true");
          chart.dispatchAction({ type: "legendToggleSelect", name: s.name });
        });
        legend.appendChild(button);
      });
      figure.insertBefore(legend, plot);
    }

    render();
    // Selections survive a re-render: re-apply them after a theme change.
    function rerender() {
      render();
      Object.keys(hidden).forEach(function (name) {
        if (hidden[name]) { chart.dispatchAction({ type: "legendUnSelect", name: name }); }
      });
    }
    new ResizeObserver(function () { chart.resize(); }).observe(plot);
    new MutationObserver(rerender).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
    figure.classList.add("kb-chart-ready");
    figure.dispatchEvent(new CustomEvent("kb-chart-ready", { bubbles: true }));
  }

  function start(echarts) {
    Array.prototype.forEach.call(document.querySelectorAll("figure.kb-chart:not(.kb-chart-ready)"), function (figure) {
      var script = figure.querySelector("script.kb-chart-spec");
      if (!script) { return; }
      try {
        draw(figure, JSON.parse(script.textContent), echarts);
      } catch (error) {
        figure.classList.add("kb-chart-failed");  // the summary and the table still hold every number
        if (window.console) { console.error("kb chart:", error); }
      }
    });
  }

  function boot() {
    if (!document.querySelector("figure.kb-chart script.kb-chart-spec")) { return; }
    if (window.echarts) { start(window.echarts); return; }
    var script = document.createElement("script");
    script.src = new URL("assets/vendor/echarts/echarts.common.min.js", siteRoot()).href;
    script.onload = function () { start(window.echarts); };
    script.onerror = function () { if (window.console) { console.error("kb chart: cannot load ECharts"); } };
    document.head.appendChild(script);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", boot);
  } else {
    boot();
  }
}());
