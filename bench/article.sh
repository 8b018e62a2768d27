#!/usr/bin/env bash
# Loads the seed article page with wrk: Dateline (output cache on) and nginx serving the same HTML as a static file,
# in one run, then Dateline with the output cache off (database + Razor on every request). Also weighs the page.
# Usage: bench/article.sh            (DURATION=15s CONNECTIONS=32 THREADS=2 may be overridden)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/bench/out"
app_port=5081
nginx_port=5082
duration="${DURATION:-15s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
encoding="gzip"

work="$(mktemp -d /tmp/dateline-bench.XXXXXX)"
app_pid=""
nginx_started=""

stop_app() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}

cleanup() {
  stop_app
  if [[ -n "$nginx_started" && -f "$work/nginx/nginx.pid" ]]; then
    kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx)
command -v curl >/dev/null || need+=(curl)
if ((${#need[@]} > 0)); then
  echo "bench: installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

for port in "$app_port" "$nginx_port"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "bench: something already listens on 127.0.0.1:$port; stop it first" >&2
    exit 1
  fi
done

# Other work on the machine skews every figure below; say how busy it was.
echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "bench: publishing Release build to bench/out"
dotnet publish "$repo/src/Dateline.Web" -c Release -o "$out" --nologo -v quiet >/dev/null

start_app() {
  # Started from its output folder, as a published build is meant to be (its content root, and so wwwroot, is the
  # working directory); the data (SQLite + media, seeded with demo content) goes to the temp folder.
  (cd "$out" && exec env "$@" \
    ASPNETCORE_ENVIRONMENT=Production \
    Logging__LogLevel__Default=Warning \
    Dateline__DataPath="$work/data" \
    Dateline__SeedDemoContent=true \
    "$out/Dateline.Web" --urls "http://127.0.0.1:$app_port" >>"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/en")" == 200 ]]; then
      return 0
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then
      break
    fi
    sleep 0.5
  done
  echo "bench: the app did not answer 200 on /en; its log:" >&2
  cat "$work/app.log" >&2
  exit 1
}

# shellcheck source=bench/idle.sh
source "$repo/bench/idle.sh"

wait_for_app() {
  local started=$SECONDS
  if wait_idle "$app_pid"; then
    echo "bench: app idle after $((SECONDS - started)) s"
  else
    echo "bench: the app stayed busy for 10 minutes; figures below include its background work" >&2
  fi
}

# wrk prints "Requests/sec: N" and, with --latency, "99%  N(us|ms|s)"; print "req/s p99-ms".
run_wrk() {
  local url="$1" report
  report="$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -H "Accept-Encoding: $encoding" "$url")"
  if grep -qE 'Non-2xx|Socket errors' <<<"$report"; then
    echo "bench: wrk saw errors against $url:" >&2
    echo "$report" >&2
  fi
  awk '
    /Requests\/sec:/ { rps = $2 }
    $1 == "99%" {
      v = $2
      if (v ~ /us$/) { sub(/us$/, "", v); p99 = v / 1000 }
      else if (v ~ /ms$/) { sub(/ms$/, "", v); p99 = v }
      else if (v ~ /s$/) { sub(/s$/, "", v); p99 = v * 1000 }
    }
    END { printf "%.0f %.2f\n", rps, p99 }
  ' <<<"$report"
}

# Long enough for tiered JIT to reach its optimized code on the paths measured.
warm() {
  wrk -t2 -c"$connections" -d10s -H "Accept-Encoding: $encoding" "$1" >/dev/null
}

start_app
wait_for_app

# The seed article: linked from the English home page or one of the section and topic pages it links to
# (ARTICLE_PATH overrides). Links whose slug starts like the headline are tried first.
article_path="${ARTICLE_PATH:-}"
if [[ -z "$article_path" ]]; then
  base="http://127.0.0.1:$app_port"
  lists=(/en)
  while read -r path; do lists+=("$path"); done < <(
    curl -s "$base/en" | grep -oE 'href="/en/(section|topic)/[^"#]*"' | cut -d'"' -f2 | sed 's/&amp;/\&/g' | awk '!seen[$0]++')
  while read -r path; do
    # Read whole before grep: with pipefail, "curl | grep -q" can fail when grep stops reading early.
    page="$(curl -s "$base$path")"
    if grep -q "Lavrov to Blinken" <<<"$page"; then
      article_path="$path"
      break
    fi
  done < <(
    for list in "${lists[@]}"; do curl -s "$base$list"; done \
      | grep -oE 'href="/en/article/[0-9]+/[^"#?]*"' | cut -d'"' -f2 | awk '!seen[$0]++' \
      | awk '{ print (($0 ~ /\/lavrov/) ? 0 : 1) "\t" $0 }' | sort -s -n -k1,1 | cut -f2 | head -300)
fi
if [[ -z "$article_path" ]]; then
  echo "bench: no link from /en leads to the seed article (set ARTICLE_PATH=/en/article/<id>/<slug>)" >&2
  exit 1
fi
app_url="http://127.0.0.1:$app_port$article_path"
echo "bench: article $article_path"

# nginx serves the very bytes the app sends: the rendered HTML with the same Content-Type, and (gzip_static) the
# app's own gzip encoding of it — the output cache stores compressed pages, so neither side compresses per request.
mkdir -p "$work/nginx/html"
curl -s -D "$work/headers" -o "$work/nginx/html/article.html" "$app_url"
curl -s -D "$work/gz-headers" -H "Accept-Encoding: gzip" -o "$work/nginx/html/article.html.gz" "$app_url"
if ! grep -qi '^content-encoding: gzip' "$work/gz-headers"; then
  echo "bench: the app did not gzip the page; nginx gets gzip -1 of it instead" >&2
  gzip -1 -c "$work/nginx/html/article.html" >"$work/nginx/html/article.html.gz"
fi
content_type="$(awk -F': ' 'tolower($1) == "content-type" { sub(/\r$/, "", $2); print $2 }' "$work/headers")"
mime="${content_type%%;*}"
charset="$(sed -n 's/.*charset=\([^; ]*\).*/\1/p' <<<"$content_type")"
chmod -R a+rX "$work"
cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  gzip on;
  gzip_comp_level 1;
  gzip_static on;
  gzip_vary on;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx/html;
    location = /article.html {
      types { }
      default_type $mime;
      charset ${charset:-off};
    }
  }
}
NGINX
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
nginx_started=1
nginx_url="http://127.0.0.1:$nginx_port/article.html"
for _ in $(seq 1 20); do
  curl -s -o /dev/null "$nginx_url" && break
  sleep 0.2
done

app_bytes="$(curl -s -o /dev/null -H "Accept-Encoding: $encoding" -w '%{size_download}' "$app_url")"
nginx_bytes="$(curl -s -o /dev/null -H "Accept-Encoding: $encoding" -w '%{size_download}' "$nginx_url")"
echo "bench: one response, $encoding: dateline $app_bytes B, nginx $nginx_bytes B"
echo "bench: wrk -t$threads -c$connections -d$duration --latency, Accept-Encoding: $encoding"
warm "$app_url"
warm "$nginx_url"
read -r app_rps app_p99 < <(run_wrk "$app_url")
read -r nginx_rps nginx_p99 < <(run_wrk "$nginx_url")
ratio="$(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "%.2f", (n > 0 ? a / n : 0) }')"
printf 'dateline (output cache) : %8s req/s  p99 %6s ms\n' "$app_rps" "$app_p99"
printf 'nginx (static file)     : %8s req/s  p99 %6s ms\n' "$nginx_rps" "$nginx_p99"
printf 'ratio dateline/nginx    : %8s\n' "$ratio"

# The view beacon the page loads on every view (Features/MostRead), as a browser asks for it: counted, not cached.
beacon="$(grep -oE '<img class="view-beacon" src="[^"]+"' "$work/nginx/html/article.html" | cut -d'"' -f4 || true)"
if [[ -n "$beacon" ]]; then
  browser="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
  wrk -t2 -c"$connections" -d5s -H "User-Agent: $browser" "http://127.0.0.1:$app_port$beacon" >/dev/null
  report="$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -H "User-Agent: $browser" "http://127.0.0.1:$app_port$beacon")"
  beacon_rps="$(awk '/Requests\/sec:/ { printf "%.0f", $2 }' <<<"$report")"
  printf 'view beacon (counted)   : %8s req/s\n' "$beacon_rps"
fi

# Page weight: the page plus its same-site stylesheets and scripts, as a browser would download them.
weigh() {
  local enc="$1" total=0 size url
  for url in "$app_url" "${assets[@]}"; do
    size="$(curl -s -o /dev/null -H "Accept-Encoding: $enc" -w '%{size_download}' "$url")"
    total=$((total + size))
  done
  echo "$total"
}
assets=()
html="$(cat "$work/nginx/html/article.html")"
while read -r ref; do
  [[ -z "$ref" ]] && continue
  case "$ref" in
    //*|http://*|https://*) echo "bench: third-party asset on the page: $ref" >&2; continue ;;
    /*) assets+=("http://127.0.0.1:$app_port$ref") ;;
  esac
done < <(
  {
    grep -oE '<link[^>]*rel="?stylesheet"?[^>]*>' <<<"$html" | grep -oE 'href="[^"]+"' | cut -d'"' -f2
    grep -oE '<script[^>]*src="[^"]+"' <<<"$html" | grep -oE 'src="[^"]+"' | cut -d'"' -f2
  } | sed 's/&amp;/\&/g' | awk '!seen[$0]++'
)
for url in "${assets[@]}"; do
  if [[ "$(curl -s -o /dev/null -w '%{size_download}' "$url")" == 0 ]]; then
    echo "bench: $url came back empty: the page weight below is wrong" >&2
  fi
done
raw="$(weigh identity)"
br="$(weigh br)"
gz="$(weigh gzip)"
printf 'article page weight     : %d B brotli, %d B gzip, %d B uncompressed (HTML + %d CSS/JS files)\n' \
  "$br" "$gz" "$raw" "${#assets[@]}"

# The full render path: same database, output cache off.
stop_app
start_app Caching__OutputCache=false
wait_for_app
warm "$app_url"
read -r nocache_rps nocache_p99 < <(run_wrk "$app_url")
printf 'dateline (no cache)     : %8s req/s  p99 %6s ms\n' "$nocache_rps" "$nocache_p99"
