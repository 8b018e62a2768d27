#!/usr/bin/env bash
# Rebuilds the newsroom's body editor from npm into src/Dateline.Web/wwwroot/lib/tiptap/ (committed, so running the
# site needs no npm). To move to a newer TipTap: change the versions in tools/editor/package.json, run this script,
# check the newsroom browser tests, commit the lock file and the built files together.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="$root/tools/editor"
out="$root/src/Dateline.Web/wwwroot/lib/tiptap"

cd "$src"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi

mkdir -p "$out"
npx esbuild src/dateline-editor.js --bundle --minify --format=iife --target=es2020 \
  --legal-comments=none --outfile="$out/dateline-editor.js"

# Licences of everything inside the bundle, and the exact versions it was built from.
{
  echo "dateline-editor.js bundles these npm packages (built by tools/update-editor.sh from tools/editor):"
  echo
  node -e '
    const lock = require("./package-lock.json");
    const rows = Object.entries(lock.packages)
      .filter(([p, v]) => p.startsWith("node_modules/") && !v.dev)
      .map(([p, v]) => `${p.slice("node_modules/".length)} ${v.version} ${v.license || "?"}`)
      .sort();
    console.log(rows.join("\n"));'
} > "$out/VERSION"

node -e '
  const fs = require("fs");
  const lock = require("./package-lock.json");
  const parts = [];
  for (const [path, info] of Object.entries(lock.packages).sort()) {
    if (!path.startsWith("node_modules/") || info.dev) continue;
    const file = fs.readdirSync(path).find(f => /^licen[cs]e/i.test(f));
    parts.push(`==== ${path.slice("node_modules/".length)} ${info.version} (${info.license}) ====\n` +
      (file ? fs.readFileSync(`${path}/${file}`, "utf8").trim() : `${info.license}; no licence file in the package`));
  }
  fs.writeFileSync(process.argv[1], parts.join("\n\n") + "\n");' "$out/LICENSE"
echo "built $(wc -c < "$out/dateline-editor.js") bytes into $out"
