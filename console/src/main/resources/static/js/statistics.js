// The statistics chart: drawn from the figures the page's table shows (data-figures, the API's
// answer), by district.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var element = document.getElementById("chart");
    if (!element || typeof echarts === "undefined") {
      return;
    }
    var figures = JSON.parse(element.getAttribute("data-figures"));
    var labels = JSON.parse(element.getAttribute("data-labels"));
    var names = Array.prototype.map.call(
      document.querySelectorAll("#statistics tbody th[scope=row]"),
      function (th) { return th.textContent; });
    var series = ["leads", "casesFiled", "casesClosed"].map(function (column) {
      return {
        name: labels[column],
        type: "bar",
        data: figures.districts.map(function (row) { return row[column]; })
      };
    });
    var chart = echarts.init(element, null, { renderer: "svg" });
    chart.setOption({
      tooltip: { trigger: "axis" },
      legend: {},
      grid: { left: 40, right: 20, bottom: 80 },
      xAxis: { type: "category", data: names, axisLabel: { rotate: 45 } },
      yAxis: { type: "value", minInterval: 1 },
      series: series
    });
    window.consoleChart = chart;
  });
})();
