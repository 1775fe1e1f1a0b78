/*
 * Draws each dashboard chart from the figures its element carries (the same figures as the
 * table under it). Labels arrive already in the reader's language. Colours are chosen to stay
 * apart for colour-blind readers; motion is off when the reader asked for less.
 */
(function () {
  'use strict';
  var PALETTE = ['#0b5cad', '#d9730d', '#2e7d32', '#8e24aa', '#c62828', '#00838f', '#6d4c41', '#546e7a'];

  function options(chart, still) {
    var base = {
      color: PALETTE,
      animation: !still,
      tooltip: {trigger: chart.kind === 'pie' ? 'item' : 'axis'},
      legend: {type: 'scroll', bottom: 0},
      grid: {left: 8, right: 8, top: 16, bottom: 48, containLabel: true}
    };
    if (chart.kind === 'pie') {
      base.series = [{
        type: 'pie', radius: ['35%', '65%'],
        data: chart.categories.map(function (label, i) { return {name: label, value: chart.series[0].values[i]}; })
      }];
      return base;
    }
    base.xAxis = {type: 'category', data: chart.categories, axisLabel: {interval: 0, rotate: chart.categories.length > 6 ? 40 : 0}};
    base.yAxis = {type: 'value', minInterval: 1};
    base.series = chart.series.map(function (s) {
      return {
        name: s.name, data: s.values, connectNulls: true,
        type: chart.kind === 'line' ? 'line' : 'bar',
        stack: chart.kind === 'stacked' ? 'all' : undefined
      };
    });
    return base;
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) { return; }
    var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    var drawn = [];
    document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
      var chart = JSON.parse(element.getAttribute('data-chart'));
      var instance = echarts.init(element, null, {renderer: 'canvas'});
      // marked once drawn to the end (after any animation), so a reader of the page's state knows
      instance.on('finished', function () { element.setAttribute('data-drawn', 'true'); });
      instance.setOption(options(chart, still));
      drawn.push(instance);
    });
    window.addEventListener('resize', function () { drawn.forEach(function (instance) { instance.resize(); }); });
  });
})();
