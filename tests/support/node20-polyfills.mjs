// vitest 5 reports failures with Map.groupBy (Node 21+); on Node 20 the reporter itself crashed
// and hid why a test failed. Loaded with `node --import` by the test script.
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = function groupBy(items, key) {
    const map = new Map();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      if (!map.has(k)) map.set(k, []);
      map.get(k).push(item);
    }
    return map;
  };
}
if (typeof Object.groupBy !== 'function') {
  Object.groupBy = function groupBy(items, key) {
    const out = Object.create(null);
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      out[k] ??= [];
      out[k].push(item);
    }
    return out;
  };
}
