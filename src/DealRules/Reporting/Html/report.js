// DealRules HTML report: draws the money-flow graph (layout by d3-force, groups packed by
// d3-hierarchy), filters the findings, and highlights a finding's parties and money in the graph.
// Everything it needs is in the page; it loads nothing.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var started = performance.now();
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var container = document.getElementById('graph');
  var status = document.getElementById('graph-status');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#findings-table tbody tr'));
  var filters = document.getElementById('filters');
  var kindTags = { hyperscaler: 'cloud', chipmaker: 'chips', 'ai-lab': 'AI lab', 'neo-cloud': 'neo-cloud', investor: 'investor', other: 'other' };

  // Filters: every select narrows the rows; a row stays when it matches them all.
  function applyFilters() {
    var wanted = {};
    Array.prototype.forEach.call(filters.querySelectorAll('select'), function (select) { wanted[select.name] = select.value; });
    var shown = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var keep = (!wanted.severity || d.severity === wanted.severity)
        && (!wanted.rule || d.rule === wanted.rule)
        && (!wanted.category || d.category === wanted.category)
        && (!wanted.perspective || d.perspective === wanted.perspective)
        && (!wanted.deal || d.deals.split(' ').indexOf(wanted.deal) >= 0);
      row.hidden = !keep;
      if (keep) { shown++; }
    });
    document.getElementById('shown').value = shown + ' of ' + rows.length + ' findings shown';
  }
  filters.hidden = false;
  filters.addEventListener('change', applyFilters);
  filters.addEventListener('reset', function () { setTimeout(applyFilters, 0); });
  applyFilters();

  // Groups of parties joined by money are laid out apart, then packed side by side: a large
  // portfolio is mostly small groups, and one simulation over all of them would be slow.
  var parties = data.parties.map(function (p) { return { id: p.id, name: p.name, kind: p.kind, total: 0 }; });
  var byId = new Map(parties.map(function (p) { return [p.id, p]; }));
  var parent = new Map(parties.map(function (p) { return [p.id, p.id]; }));
  function find(id) { while (parent.get(id) !== id) { parent.set(id, parent.get(parent.get(id))); id = parent.get(id); } return id; }
  data.edges.forEach(function (e) {
    parent.set(find(e.from), find(e.to));
    byId.get(e.from).total += e.value;
    byId.get(e.to).total += e.value;
  });
  var maxTotal = Math.max.apply(null, parties.map(function (p) { return p.total; }).concat([1]));
  parties.forEach(function (p) { p.r = 20 + 22 * Math.sqrt(p.total / maxTotal); });
  var groups = new Map();
  parties.forEach(function (p) {
    var root = find(p.id);
    if (!groups.has(root)) { groups.set(root, { nodes: [], links: new Map() }); }
    groups.get(root).nodes.push(p);
  });
  data.edges.forEach(function (e) {
    var group = groups.get(find(e.from));
    var key = e.from < e.to ? e.from + ' ' + e.to : e.to + ' ' + e.from;
    if (!group.links.has(key)) { group.links.set(key, { source: e.from, target: e.to }); }
  });
  var packed = Array.from(groups.values()).sort(function (a, b) { return b.nodes.length - a.nodes.length || (a.nodes[0].id < b.nodes[0].id ? -1 : 1); });
  var circles = packed.map(function (group) {
    var links = Array.from(group.links.values());
    var simulation = d3.forceSimulation(group.nodes)
      .force('link', d3.forceLink(links).id(function (d) { return d.id; }).distance(function (l) { return 130 + l.source.r + l.target.r; }).strength(0.3))
      .force('charge', d3.forceManyBody().strength(-2200))
      .force('collide', d3.forceCollide(function (d) { return d.r + 46; }))
      .force('x', d3.forceX().strength(0.06))
      .force('y', d3.forceY().strength(0.06))
      .stop();
    var ticks = group.nodes.length > 12 ? 300 : 120;
    simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks));
    for (var i = 0; i < ticks; i++) { simulation.tick(); }
    var enclosing = d3.packEnclose(group.nodes.map(function (n) { return { x: n.x, y: n.y, r: n.r + 50 }; }));
    return { r: enclosing.r + 10, cx: enclosing.x, cy: enclosing.y, group: group };
  });
  d3.packSiblings(circles);
  circles.forEach(function (c) { c.group.nodes.forEach(function (n) { n.x += c.x - c.cx; n.y += c.y - c.cy; }); });

  // Drawing: edges first (under the nodes), curved to the right of their direction so that money
  // going both ways between two parties, or of both kinds, is drawn as separate lines.
  var svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Money-flow graph: ' + parties.length + ' parties, ' + data.edges.length + ' edges');
  if (data.edges.length > 400) { svg.classList.add('many'); }
  var defs = el('defs', svg);
  ['investment', 'commitment'].forEach(function (kind) {
    var marker = el('marker', defs, { id: 'arrow-' + kind, viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '7', markerHeight: '7', markerUnits: 'userSpaceOnUse', orient: 'auto' });
    el('path', marker, { d: 'M0,0 L10,5 L0,10 z', fill: kind === 'investment' ? '#1d4ed8' : '#047857' });
  });
  var world = el('g', svg);
  var edgeLayer = el('g', world, { class: 'edges' });
  var nodeLayer = el('g', world, { class: 'nodes' });
  var values = data.edges.filter(function (e) { return e.value > 0; }).map(function (e) { return Math.log10(e.value); });
  var minValue = Math.min.apply(null, values.concat([0])), maxValue = Math.max.apply(null, values.concat([1]));
  var loopEdges = new Set(), pairEdges = new Set();
  data.loops.forEach(function (l) { l.edges.forEach(function (id) { loopEdges.add(id); }); });
  data.spendBacks.forEach(function (s) { s.edges.forEach(function (id) { pairEdges.add(id); }); });
  var ordinal = new Map();
  var edgeElements = new Map();
  data.edges.forEach(function (e) {
    var key = e.from + ' ' + e.to;
    var k = ordinal.get(key) || 0;
    ordinal.set(key, k + 1);
    var a = byId.get(e.from), b = byId.get(e.to);
    var dx = b.x - a.x, dy = b.y - a.y, length = Math.sqrt(dx * dx + dy * dy) || 1;
    var bend = 18 + 22 * k;
    var mx = (a.x + b.x) / 2 - dy / length * bend, my = (a.y + b.y) / 2 + dx / length * bend;
    var end = toward(b, mx, my, b.r + 3), begin = toward(a, mx, my, a.r);
    var width = e.value > 0 ? 1.2 + 6 * (maxValue > minValue ? (Math.log10(e.value) - minValue) / (maxValue - minValue) : 0.5) : 1.2;
    var classes = ['edge', e.kind];
    if (e.estimated) { classes.push('estimated'); }
    if (!(e.value > 0 || e.amount.stated > 0)) { classes.push('uncounted'); }
    if (loopEdges.has(e.id)) { classes.push('loop'); } else if (pairEdges.has(e.id)) { classes.push('spend-back'); }
    var g = el('g', edgeLayer, { class: classes.join(' '), 'data-id': e.id, 'data-from': e.from, 'data-to': e.to });
    var d = 'M' + r(begin.x) + ',' + r(begin.y) + ' Q' + r(mx) + ',' + r(my) + ' ' + r(end.x) + ',' + r(end.y);
    el('path', g, { class: 'halo', d: d, 'stroke-width': r(width + 8) });
    el('path', g, { class: 'line', d: d, 'stroke-width': r(width), 'marker-end': 'url(#arrow-' + e.kind + ')' });
    var label = el('text', g, { x: r((begin.x + 2 * mx + end.x) / 4), y: r((begin.y + 2 * my + end.y) / 4) });
    label.textContent = e.label;
    el('title', g).textContent = byId.get(e.from).name + ' → ' + byId.get(e.to).name + ': ' + e.kind + ' ' + e.label + ' (' + e.dealIds.join(', ') + ')';
    g.dataset.facts = e.facts.join(' ');
    edgeElements.set(e.id, g);
  });
  var nodeElements = new Map();
  parties.forEach(function (p) {
    var g = el('g', nodeLayer, { class: 'node', 'data-id': p.id, 'data-kind': p.kind, transform: 'translate(' + r(p.x) + ',' + r(p.y) + ')', tabindex: '0' });
    el('circle', g, { r: r(p.r), class: 'kind-' + p.kind });
    el('text', g, { class: 'tag', y: '4' }).textContent = kindTags[p.kind] || p.kind;
    el('text', g, { class: 'name', y: r(p.r + 18) }).textContent = p.name;
    el('title', g).textContent = p.name + ' (' + p.kind + ')';
    nodeElements.set(p.id, g);
  });
  container.appendChild(svg);

  // Pan and zoom by changing the view box.
  var bounds = extent(parties);
  var view = bounds.slice();
  function show(box) { view = box; svg.setAttribute('viewBox', box.map(r).join(' ')); }
  function fit(list) {
    var b = list && list.length ? extent(list) : bounds;
    var pad = 60, w = Math.max(b[2], 300), h = Math.max(b[3], 200);
    show([b[0] - pad - (w - b[2]) / 2, b[1] - pad - (h - b[3]) / 2, w + 2 * pad, h + 2 * pad]);
  }
  fit();
  svg.addEventListener('wheel', function (event) {
    event.preventDefault();
    var box = svg.getBoundingClientRect();
    var fx = (event.clientX - box.left) / box.width, fy = (event.clientY - box.top) / box.height;
    var scale = Math.exp(event.deltaY * 0.0015);
    var w = view[2] * scale, h = view[3] * scale;
    show([view[0] + (view[2] - w) * fx, view[1] + (view[3] - h) * fy, w, h]);
  }, { passive: false });
  var drag = null;
  svg.addEventListener('pointerdown', function (event) {
    drag = { x: event.clientX, y: event.clientY, view: view.slice(), moved: false };
    svg.classList.add('dragging');
  });
  window.addEventListener('pointermove', function (event) {
    if (!drag) { return; }
    var box = svg.getBoundingClientRect();
    var k = Math.max(drag.view[2] / box.width, drag.view[3] / box.height);
    if (Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y) > 3) { drag.moved = true; }
    show([drag.view[0] - (event.clientX - drag.x) * k, drag.view[1] - (event.clientY - drag.y) * k, drag.view[2], drag.view[3]]);
  });
  window.addEventListener('pointerup', function () { svg.classList.remove('dragging'); setTimeout(function () { drag = null; }, 0); });

  // Selection: a finding, a loop, a pair or a node lights its parties and money; the rest fades.
  function select(partyIds, edgeTest, source) {
    clear();
    svg.classList.add('focus');
    var lit = [];
    partyIds.forEach(function (id) {
      var node = nodeElements.get(id);
      if (node) { node.classList.add('hl'); lit.push(byId.get(id)); }
    });
    edgeElements.forEach(function (g, id) {
      if (edgeTest(g, id)) {
        g.classList.add('hl');
        [g.dataset.from, g.dataset.to].forEach(function (p) {
          if (!nodeElements.get(p).classList.contains('hl')) { nodeElements.get(p).classList.add('hl'); lit.push(byId.get(p)); }
        });
      }
    });
    if (source) { source.classList.add('selected'); }
    if (lit.length) { fit(lit); }
    status.textContent = lit.length + ' parties selected';
  }
  function clear() {
    svg.classList.remove('focus');
    Array.prototype.forEach.call(document.querySelectorAll('.hl, .selected'), function (x) { x.classList.remove('hl'); x.classList.remove('selected'); });
    status.textContent = parties.length + ' parties, ' + data.edges.length + ' edges';
  }
  function activate(element, handler) {
    element.addEventListener('click', handler);
    element.addEventListener('keydown', function (event) { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); handler(event); } });
  }
  rows.forEach(function (row) {
    activate(row, function (event) {
      if (event.target.closest('a, summary')) { return; }
      var facts = new Set(row.dataset.facts ? row.dataset.facts.split(' ') : []);
      select(row.dataset.parties ? row.dataset.parties.split(' ') : [], function (g) {
        return g.dataset.facts.split(' ').some(function (f) { return facts.has(f); });
      }, row);
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('li.pick'), function (item) {
    activate(item, function () {
      var edges = new Set(item.dataset.edges.split(' '));
      select(item.dataset.parties.split(' '), function (g, id) { return edges.has(id); }, item);
    });
  });
  nodeElements.forEach(function (g, id) {
    activate(g, function () {
      if (drag && drag.moved) { return; }
      select([id], function (edge) { return edge.dataset.from === id || edge.dataset.to === id; }, null);
    });
  });
  document.getElementById('fit').addEventListener('click', function () { fit(); });
  document.getElementById('clear').addEventListener('click', function () { clear(); fit(); });
  document.querySelector('#graph-panel .toolbar').hidden = false;
  clear();

  // Ready once the browser has painted the graph: tests and the benchmark wait for this.
  var layoutMs = performance.now() - started;
  requestAnimationFrame(function () {
    requestAnimationFrame(function () {
      var root = document.documentElement;
      root.dataset.layoutMs = String(Math.round(layoutMs));
      root.dataset.readyMs = String(Math.round(performance.now()));
      root.dataset.graph = 'ready';
    });
  });

  function el(name, parentNode, attributes) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    parentNode.appendChild(node);
    return node;
  }
  function toward(node, x, y, distance) {
    var dx = x - node.x, dy = y - node.y, length = Math.sqrt(dx * dx + dy * dy) || 1;
    return { x: node.x + dx / length * distance, y: node.y + dy / length * distance };
  }
  function extent(list) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    list.forEach(function (n) { x0 = Math.min(x0, n.x - n.r - 40); y0 = Math.min(y0, n.y - n.r); x1 = Math.max(x1, n.x + n.r + 40); y1 = Math.max(y1, n.y + n.r + 20); });
    return isFinite(x0) ? [x0, y0, x1 - x0, y1 - y0] : [0, 0, 300, 200];
  }
  function r(value) { return Math.round(value * 10) / 10; }
}());
