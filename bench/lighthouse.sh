#!/usr/bin/env bash
# Lighthouse, mobile (its default Moto G Power emulation, simulated slow 4G and 4x CPU slowdown), on the seed article,
# the English home page and the seed article's section page of a fresh Release build with demo content. Prints the four category scores of every run,
# their median, and every audit that cost points in the median run.
# Usage: bench/lighthouse.sh   (RUNS=3 PAGES="article home section" ARTICLE_PATH=/en/article/<id>/<slug> may be set)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/bench/out"
tools="$out/lighthouse"
reports="$tools/reports"
port="${PORT:-5083}"
weather_port="${WEATHER_PORT:-5084}"
runs="${RUNS:-3}"
pages="${PAGES:-article home section}"
# 12.2.3: the newest Lighthouse that runs on Node 20 (13.x needs Node 22).
lighthouse_version="12.2.3"
chromium="${CHROME_PATH:-${DATELINE_CHROMIUM:-/usr/bin/chromium}}"
chrome_flags="--headless --no-sandbox --disable-gpu --disable-background-networking"

work="$(mktemp -d /tmp/dateline-lighthouse.XXXXXX)"
app_pid=""
weather_pid=""
cleanup() {
  for pid in "$app_pid" "$weather_pid"; do
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

if [[ ! -x "$chromium" ]]; then
  echo "lighthouse: installing chromium"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  chromium=/usr/bin/chromium
fi
command -v npm >/dev/null || { echo "lighthouse: needs node and npm" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "lighthouse: something already listens on 127.0.0.1:$port; stop it or set PORT" >&2
  exit 1
fi

lighthouse="$tools/node_modules/.bin/lighthouse"
if [[ ! -x "$lighthouse" ]] || [[ "$("$lighthouse" --version)" != "$lighthouse_version" ]]; then
  echo "lighthouse: installing lighthouse@$lighthouse_version into bench/out/lighthouse"
  mkdir -p "$tools"
  npm install --prefix "$tools" --save-exact --no-audit --no-fund --loglevel=error "lighthouse@$lighthouse_version" >/dev/null
fi

echo "lighthouse: publishing Release build to bench/out"
dotnet publish "$repo/src/Dateline.Web" -c Release -o "$out" --nologo -v quiet >/dev/null

# A local stand-in for Open-Meteo (this machine may have no internet): every forecast is 31.4 °C, mainly clear, now.
# Without weather the widget is rendered hidden and widgets.js asks /api/v1/weather, whose 503 Chrome logs as a
# console error, which costs Best Practices points that a site with a working provider does not lose.
node -e '
  require("http").createServer((request, response) => {
    const now = new Date(Date.now() + 4 * 3600e3).toISOString().slice(0, 16);
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ utc_offset_seconds: 14400, current: { time: now, temperature_2m: 31.4, weather_code: 1, is_day: 1 } }));
  }).listen(+process.argv[1], "127.0.0.1");' "$weather_port" &
weather_pid=$!

# Started from the temp folder so ./data (SQLite + media, seeded with demo content) lands there. The content root
# defaults to the working directory, so it is named: wwwroot (CSS, JS) lives beside the published app.
(cd "$work" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Dateline__DataPath="$work/data" Dateline__SeedDemoContent=true Weather__OpenMeteo__BaseUrl="http://127.0.0.1:$weather_port/" \
  "$out/Dateline.Web" --urls "http://127.0.0.1:$port" --contentRoot "$out" >>"$work/app.log" 2>&1) &
app_pid=$!
base="http://127.0.0.1:$port"
# Ready once the weather is in (the first refresh runs at start), so no page is cached without it.
for _ in $(seq 1 240); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/weather?city=sharjah&lang=en")" == 200 ]] && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.5
done
if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/en")" != 200 ]] \
  || [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/weather?city=sharjah&lang=en")" != 200 ]]; then
  echo "lighthouse: the app did not answer 200 on /en and /api/v1/weather; its log:" >&2
  cat "$work/app.log" >&2
  exit 1
fi

# shellcheck source=bench/idle.sh
source "$repo/bench/idle.sh"
wait_idle "$app_pid" || echo "$(basename "$0" .sh): the app stayed busy for 10 minutes; carrying on" >&2

# The seed article: the first article linked from /en or its section pages whose headline is the seed's.
article_path="${ARTICLE_PATH:-}"
if [[ -z "$article_path" ]]; then
  while read -r path; do
    page="$(curl -s "$base$path")"
    if grep -q "Lavrov to Blinken" <<<"$(grep -o '<h1[^>]*>[^<]*' <<<"$page")"; then
      article_path="$path"
      break
    fi
  done < <(
    { curl -s "$base/en"; curl -s "$base/en" | grep -oE 'href="/en/section/[^"#?]*"' | cut -d'"' -f2 | sort -u \
        | while read -r section; do curl -s "$base$section"; done; } \
      | grep -oE 'href="/en/article/[0-9]+/[^"#?]*"' | cut -d'"' -f2 | awk '!seen[$0]++' \
      | awk '{ print (($0 ~ /\/lavrov/) ? 0 : 1) "\t" $0 }' | sort -s -n -k1,1 | cut -f2)
fi
if [[ -z "$article_path" ]]; then
  echo "lighthouse: no link leads to the seed article (set ARTICLE_PATH=/en/article/<id>/<slug>)" >&2
  exit 1
fi

css="$(curl -s "$base/en" | grep -oE 'href="/css/[^"]*"' | head -1 | cut -d'"' -f2)"
if [[ -z "$css" || "$(curl -s -o /dev/null -w '%{size_download}' "$base$css")" == 0 ]]; then
  echo "lighthouse: the stylesheet ${css:-(none linked)} is empty or missing; scores would not be the site's" >&2
  exit 1
fi

# The section the seed article's kicker links to.
# The article's own section (either edition); no match must not end the script (set -e with pipefail).
section_path="$(curl -s "$base$article_path" | { grep -oE 'class="kicker" href="/[a-z]{2}/section/[^"#?]*"' || true; } | head -1 | cut -d'"' -f4)"

# Image renditions are made on first request; make them now so no run pays for that.
declare -A paths=([article]="$article_path" [home]="/en" [section]="${section_path:-/en/section/world}")
for name in $pages; do
  curl -s "$base${paths[$name]}" | grep -oE '/media/[0-9]+/[0-9]+\.(webp|jpg|avif)' | sort -u \
    | while read -r media; do curl -s -o /dev/null "$base$media"; done
done

rm -rf "$reports"
mkdir -p "$reports"
echo "lighthouse: $lighthouse_version, mobile, $runs runs per page; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for name in $pages; do
  url="$base${paths[$name]}"
  echo "lighthouse: $name ${paths[$name]}"
  for run in $(seq 1 "$runs"); do
    # On a busy machine Chrome now and then gives up on the load ("interstitial"); one more try is enough.
    for attempt in 1 2; do
      if CHROME_PATH="$chromium" "$lighthouse" "$url" --quiet --form-factor=mobile \
        --chrome-flags="$chrome_flags" --output=json --output-path="$reports/$name-$run.json"; then
        break
      fi
      if [[ "$attempt" == 2 ]]; then
        echo "lighthouse: run $run of $name failed twice" >&2
        exit 1
      fi
    done
  done
  node - "$name" "$reports" "$runs" <<'NODE'
const fs = require('fs');
const [name, dir, runs] = process.argv.slice(2);
const reports = Array.from({ length: +runs }, (_, i) => JSON.parse(fs.readFileSync(`${dir}/${name}-${i + 1}.json`, 'utf8')));
const ids = ['performance', 'accessibility', 'best-practices', 'seo'];
const score = (r, id) => Math.round((r.categories[id]?.score ?? 0) * 100);
reports.forEach((r, i) => console.log(`  run ${i + 1}: ` + ids.map(id => `${id} ${score(r, id)}`).join(', ')));
const median = id => { const s = reports.map(r => score(r, id)).sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`  median: ` + ids.map(id => `${id} ${median(id)}`).join(', '));
// The run whose performance score is the median shows what cost points.
const middle = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(reports.length / 2)];
for (const id of ids) {
  for (const ref of middle.categories[id].auditRefs) {
    const audit = middle.audits[ref.id];
    if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
      console.log(`    ${id}: ${audit.id} ${audit.displayValue ?? ''} (score ${audit.score})`);
    }
  }
}
NODE
done
echo "lighthouse: JSON reports in bench/out/lighthouse/reports"
