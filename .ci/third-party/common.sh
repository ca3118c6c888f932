# Sourced by .ci/reference-pages and .ci/third-party-tools, from the project root: where the npm
# tools live and how to get them and the published specs.

tools="$PWD/target/third-party-tools"
npm_dir="$tools/npm"
specs_dir="$tools/specs"
# The specs users hand to standard tools: every published spec but the authoring contactnow.yaml,
# whose standard form the build derives (specs/README.md).
standard_specs=(comm100.yaml servicepattern.yaml contactnow.openapi.yaml)
export CCSDK_NPM_DIR="$npm_dir"
export REDOCLY_SUPPRESS_UPDATE_NOTICE=true
# Two Redocly CLIs, both pinned in .ci/npm: 2.x lints; 1.x builds the pages, because its Redoc 2
# renders every operation into the page, where the 2.x Redoc 3 mounts them only on scrolling.
redocly_lint=(node "$npm_dir/node_modules/@redocly/cli/bin/cli.js")
redocly_docs=(node "$npm_dir/node_modules/redocly-cli-1/bin/cli.js")
prism="$npm_dir/node_modules/@stoplight/prism-cli/dist/index.js"

# npm ci of .ci/npm into target/ (not into .ci/npm, so the work tree and the copies the release
# checks make of it stay free of node_modules); skipped when the same lockfile is installed.
install_tools() {
  if [[ -d $npm_dir/node_modules ]] && cmp -s .ci/npm/package-lock.json "$npm_dir/package-lock.json"; then
    return
  fi
  rm -rf "$npm_dir"
  mkdir -p "$npm_dir"
  cp .ci/npm/package.json .ci/npm/package-lock.json "$npm_dir/"
  (cd "$npm_dir" && npm ci --no-audit --no-fund --loglevel=error)
}

# The YAML files of the specs jar, as users get them, into $specs_dir.
extract_specs() {
  local jar
  jar=$(find specs/target -maxdepth 1 -name 'specs-*.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' | head -n 1)
  if [[ -z $jar ]]; then
    echo "no specs jar in specs/target: run mvn -B verify (or mvn -B -pl specs -am package) first" >&2
    return 1
  fi
  rm -rf "$specs_dir"
  mkdir -p "$specs_dir/jar"
  (cd "$specs_dir/jar" && jar xf "$OLDPWD/$jar" io/github/ccsdk/specs)
  mv "$specs_dir"/jar/io/github/ccsdk/specs/*.yaml "$specs_dir/"
  rm -rf "$specs_dir/jar"
  for spec in "${standard_specs[@]}"; do
    [[ -f $specs_dir/$spec ]] || { echo "the specs jar lacks $spec" >&2; return 1; }
  done
}
