#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.js (each exports `async run()` and prints its own
// numbers and ratios against a baseline run in the same process). `npm run bench -- erlang`
// runs only the files whose name contains "erlang". Benches use the built packages (dist/).
const fs = require('node:fs');
const path = require('node:path');

async function main() {
  const filter = process.argv[2] ?? '';
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.js') && f.includes(filter))
    .sort();
  for (const file of files) {
    console.log(`\n=== ${file.replace('.bench.js', '')} ===`);
    await require(path.join(__dirname, file)).run();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
