// Checks a demo end-state report (`demo --report FILE`): all five flows happened, and the
// report has the sections the design lists. Exits non-zero with the reason otherwise.
const fs = require("fs");
const file = process.argv[2];
if (!file) {
  console.error("usage: node scripts/check-report.js REPORT.json");
  process.exit(2);
}
const report = JSON.parse(fs.readFileSync(file, "utf8"));
const problems = [];
for (const flow of ["products", "orders", "cancellations", "shipments", "stock"]) {
  const counts = (report.flows || {})[flow];
  if (!counts || !(counts.done > 0)) problems.push(`flow ${flow} did nothing`);
}
const need = [
  ["wemalo", "products"],
  ["wemalo", "goodsOrders"],
  ["billbee", "orders"],
  ["billbee", "stock"],
];
for (const [a, b] of need) {
  if (!Array.isArray((report[a] || {})[b]) || report[a][b].length === 0) {
    problems.push(`${a}.${b} is missing or empty`);
  }
}
if (!Array.isArray(report.errors)) problems.push("errors is missing");
const shipped = (report.billbee.orders || []).filter((o) => o.State === 4 && o.ShippingIds.length);
if (shipped.length === 0) problems.push("no Billbee order was shipped with a tracking number");
if (problems.length) {
  console.error(`demo report ${file}:\n  - ${problems.join("\n  - ")}`);
  process.exit(1);
}
const f = report.flows;
console.log(
  `demo report ok: products ${f.products.done}, orders ${f.orders.done}, ` +
    `cancellations ${f.cancellations.done}, shipments ${f.shipments.done}, stock ${f.stock.done}`
);
