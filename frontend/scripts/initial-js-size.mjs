// Prints the JavaScript a browser fetches before the first page runs: the entry chunk that the
// built index.html loads, its module preloads and every chunk they import statically (the pages'
// lazy chunks are left out), each gzipped on its own at level 9, as the server would send it.
// The same measure as system-tests' InitialJavaScript (DashboardBenchmark); goal: 150 KB gzip.
//
//   npm run build && node scripts/initial-js-size.mjs [site directory]
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const GOAL = 150 * 1024;
const site = resolve(process.argv[2] ?? 'target/classes/static');
const index = readFileSync(join(site, 'index.html'), 'utf8');
const tags = /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g;
const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

const pending = [...index.matchAll(tags)].map((m) => join(site, m[1].replace(/^\//, '')));
const seen = new Set();
while (pending.length > 0) {
  const file = pending.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(staticImport)) {
    pending.push(resolve(dirname(file), m[1]));
  }
}

let raw = 0;
let gzip = 0;
for (const file of seen) {
  const bytes = readFileSync(file);
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += zipped;
  console.log(`${relative(site, file)}\t${bytes.length} B\t${zipped} B gzip`);
}
console.log(`initial JavaScript: ${gzip} B gzip (${raw} B raw), goal ${GOAL} B: ${gzip <= GOAL ? 'met' : 'MISSED'}`);
