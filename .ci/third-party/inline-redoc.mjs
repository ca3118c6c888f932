// Makes a page of `redocly build-docs` self-contained: the page loads Redoc's standalone bundle
// from a CDN to hydrate its prerendered HTML; this puts the bundle of the pinned `redoc` package
// (the version the page names) into the page instead, so that it works with no network, as in
// CI's browser.
//
//   node inline-redoc.mjs <page.html> <node_modules folder>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [page, modules] = process.argv.slice(2);
if (!page || !modules) {
  console.error('usage: node inline-redoc.mjs <page.html> <node_modules folder>');
  process.exit(2);
}
let html = readFileSync(page, 'utf8');
const tag = /<script src="https:\/\/[^"]*\/redoc\/v([0-9.]+)\/bundles\/redoc\.standalone\.js"><\/script>/;
const found = html.match(tag);
if (!found) {
  console.error(`inline-redoc: ${page} does not load Redoc's bundle as expected`);
  process.exit(1);
}
const version = JSON.parse(readFileSync(join(modules, 'redoc/package.json'), 'utf8')).version;
if (version !== found[1]) {
  console.error(`inline-redoc: ${page} wants Redoc ${found[1]}, node_modules has ${version}`);
  process.exit(1);
}
const bundle = readFileSync(join(modules, 'redoc/bundles/redoc.standalone.js'), 'utf8');
if (bundle.includes('</script')) {
  console.error('inline-redoc: the bundle holds </script and cannot be inlined');
  process.exit(1);
}
html = html.replace(tag, () => `<script>${bundle}</script>`);
if (/<script src="https?:/.test(html)) {
  console.error(`inline-redoc: ${page} still loads a remote script`);
  process.exit(1);
}
writeFileSync(page, html);
