#!/usr/bin/env bash
# Benchmark: start-up time and lesson-page throughput, each quoted against a baseline measured in the same run
# (machines here are noisy: compare ratios, not absolute numbers). Needs a built jar and wrk (apt-get install wrk).
# Usage: bench/run.sh [duration-seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
JAR=target/sanayan.jar
PORT=${BENCH_PORT:-7199}
LESSON=${BENCH_LESSON:-/courses/smm-foundations/strategist/goals}
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
DATA=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT

now_ms() { date +%s%3N; }

echo "== start-up (3 runs each)"
for i in 1 2 3; do
  t0=$(now_ms); java -jar "$JAR" help >/dev/null; t1=$(now_ms)
  base=$((t1 - t0))
  t0=$(now_ms)
  PORT=$PORT SANAYAN_DATA="$DATA" java -jar "$JAR" serve >"$DATA/log" 2>&1 & PID=$!
  until curl -sf "http://localhost:$PORT/health" >/dev/null; do sleep 0.02; done
  t1=$(now_ms)
  serve=$((t1 - t0))
  echo "run $i: JVM baseline (help) ${base} ms; serve until /health answers ${serve} ms; ratio $(awk "BEGIN{printf \"%.2f\", $serve/$base}")"
  kill $PID; wait $PID 2>/dev/null || true
done

echo "== throughput (wrk, 2 threads, 16 connections, ${DURATION}s each, after a 5 s warm-up)"
PORT=$PORT SANAYAN_DATA="$DATA" java -jar "$JAR" serve >"$DATA/log" 2>&1 & PID=$!
until curl -sf "http://localhost:$PORT/health" >/dev/null; do sleep 0.05; done
wrk -t2 -c16 -d5s "http://localhost:$PORT$LESSON" >/dev/null
rps() { wrk -t2 -c16 -d"${DURATION}s" "$1" | awk '/Requests\/sec/ {print $2}'; }
css=$(curl -s "http://localhost:$PORT$LESSON" | grep -o '/static/app.css?v=[0-9a-f]*' | head -1)
base=$(rps "http://localhost:$PORT$css")
lesson=$(rps "http://localhost:$PORT$LESSON")
lesson_fil=$(rps "http://localhost:$PORT$LESSON?lang=fil")
echo "stylesheet (baseline: no template, no content lookup): $base req/s"
echo "lesson page (en): $lesson req/s; ratio to baseline $(awk "BEGIN{printf \"%.2f\", $lesson/$base}")"
echo "lesson page (fil): $lesson_fil req/s; ratio to baseline $(awk "BEGIN{printf \"%.2f\", $lesson_fil/$base}")"
echo "lesson page size: $(curl -s "http://localhost:$PORT$LESSON" | wc -c) bytes; gzip: $(curl -s --compressed -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://localhost:$PORT$LESSON") bytes on the wire"
