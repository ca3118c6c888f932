// Sends every request recorded in the given HAR files to a running Prism mock and counts which
// were routed to an operation: Prism answers 404 when no path or method matches and 422 when the
// request breaks the operation's parameters or body. Exits 1 if any request got either.
//
//   node prism-replay.mjs <prism base URL> <spec.yaml> <file.har | folder>...
//
// The recorded URL's host, and any path prefix of the vendor's server URL (such as `/api`), are
// dropped: the path is cut to the longest suffix that is a path of the spec.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(resolve(process.env.CCSDK_NPM_DIR ?? '.ci/npm', 'package.json'));
const yaml = require('js-yaml');

const [base, specFile, ...inputs] = process.argv.slice(2);
if (!base || !specFile || inputs.length === 0) {
  console.error('usage: node prism-replay.mjs <prism base URL> <spec.yaml> <file.har | folder>...');
  process.exit(2);
}
const paths = Object.keys(yaml.load(readFileSync(specFile, 'utf8')).paths);

function harFiles(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path).sort().flatMap((name) => harFiles(join(path, name)));
  }
  return path.endsWith('.har') ? [path] : [];
}

function specPath(pathname) {
  const segments = pathname.split('/');
  for (let i = 1; i < segments.length; i++) {
    const candidate = '/' + segments.slice(i).join('/');
    if (paths.includes(candidate)) return candidate;
  }
  return pathname;
}

// Headers that describe the recorded connection, not the request: fetch sets its own.
const dropped = new Set(['host', 'content-length', 'connection', 'accept-encoding', 'transfer-encoding']);

const counts = new Map();
const failures = [];
let total = 0;
for (const file of inputs.flatMap(harFiles)) {
  const har = JSON.parse(readFileSync(file, 'utf8'));
  for (const [index, entry] of har.log.entries.entries()) {
    const request = entry.request;
    const url = new URL(request.url);
    const target = new URL(specPath(url.pathname) + url.search, base);
    const headers = {};
    for (const h of request.headers) {
      if (!dropped.has(h.name.toLowerCase())) headers[h.name] = h.value;
    }
    const body = request.postData?.text;
    if (body !== undefined && request.postData.mimeType && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = request.postData.mimeType;
    }
    const response = await fetch(target, {
      method: request.method,
      headers,
      body: body === undefined || request.method === 'GET' || request.method === 'HEAD' ? undefined : body,
    });
    const text = await response.text();
    total++;
    counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
    if (response.status === 404 || response.status === 422) {
      failures.push(`${relative(process.cwd(), file)}#${index} ${request.method} ${target.pathname}${target.search}: ${response.status} ${text.slice(0, 300)}`);
    }
  }
}
const statuses = [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${n} x ${s}`).join(', ');
console.log(`prism-replay: ${total - failures.length} of ${total} recorded requests routed to an operation (${statuses})`);
for (const f of failures) console.log(`prism-replay: NOT ROUTED ${f}`);
process.exit(failures.length === 0 && total > 0 ? 0 : 1);
