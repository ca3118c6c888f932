// Checks a reference page as headless Chromium rendered it (`chromium --dump-dom`): every
// operation's summary of the spec is in the page's text, and so is, for a derived standard spec,
// the summary of every authoring operation it lists in `x-ccsdk-operations`. Exits 1 on a miss.
//
//   node check-reference.mjs <spec.yaml> <dom.html>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(resolve(process.env.CCSDK_NPM_DIR ?? '.ci/npm', 'package.json'));
const yaml = require('js-yaml');

const [specFile, domFile] = process.argv.slice(2);
if (!specFile || !domFile) {
  console.error('usage: node check-reference.mjs <spec.yaml> <dom.html>');
  process.exit(2);
}
const spec = yaml.load(readFileSync(specFile, 'utf8'));
const verbs = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const wanted = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const verb of verbs.filter((v) => item[v])) {
    const op = item[verb];
    wanted.push({ what: `${verb.toUpperCase()} ${path}`, summary: op.summary });
    for (const inner of op['x-ccsdk-operations'] ?? []) {
      wanted.push({ what: `${inner.operationId} in ${verb.toUpperCase()} ${path}`, summary: inner.summary });
    }
  }
}

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const text = readFileSync(domFile, 'utf8')
  .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
  .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
  .replace(/<[^>]+>/g, ' ')
  .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (entities[e.toLowerCase()] ?? m))
  .replace(/\s+/g, ' ');
const normal = (s) => String(s).replace(/\s+/g, ' ').trim();
const missing = wanted.filter((w) => !w.summary || !text.includes(normal(w.summary)));
const operations = wanted.length;
console.log(`check-reference: ${domFile}: ${operations - missing.length} of ${operations} operation summaries rendered`);
for (const m of missing) console.log(`check-reference: MISSING ${m.what}: ${JSON.stringify(m.summary)}`);
process.exit(missing.length === 0 ? 0 : 1);
