#!/usr/bin/env bash
# P1 benchmark in one command: caseload page (150 patients) vs raw Fortunes, see bench/README.md.
#
# Usage: bench/run-caseload.sh [--provider Postgres|Sqlite] [--patients 100000] [--therapists 1000]
#                              [--rounds 3] [--duration 10] [--warmup 5] [--connections 16] [--threads 1]
#                              [--port 5099] [--seed 42] [--notes "free text for the result file"]
#                              [--scenario caseload|diary|fhir|worklist|dashboard] [--rate 200] [--diary-days 100]
#
# Starts a throwaway PostgreSQL cluster (scripts/postgres-cluster.sh) or a temporary SQLite file,
# builds Release, generates the dataset, serves the app plus the baseline on 127.0.0.1, runs the
# interleaved wrk rounds and writes bench/results/caseload-<provider>-<time>.json. Everything it
# started is stopped on exit, also on failure or Ctrl+C.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

provider=Postgres patients=100000 therapists=1000 rounds=3 duration=10 warmup=5
connections=16 threads=1 port=5099 seed=42 notes="" scenario=caseload rate=200 diary_days=100
while [[ $# -gt 0 ]]; do
  case "$1" in
    --provider) provider="$2" ;;
    --patients) patients="$2" ;;
    --therapists) therapists="$2" ;;
    --rounds) rounds="$2" ;;
    --duration) duration="$2" ;;
    --warmup) warmup="$2" ;;
    --connections) connections="$2" ;;
    --threads) threads="$2" ;;
    --port) port="$2" ;;
    --seed) seed="$2" ;;
    --notes) notes="$2" ;;
    --scenario) scenario="$2" ;;
    --rate) rate="$2" ;;
    --diary-days) diary_days="$2" ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "run-caseload: unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done

case "$scenario" in
  caseload) command -v wrk >/dev/null || { echo "run-caseload: wrk is missing (apt-get install -y wrk)" >&2; exit 1; } ;;
  diary|fhir|worklist|dashboard) command -v hey >/dev/null || { echo "run-caseload: hey is missing (apt-get install -y hey)" >&2; exit 1; } ;;
  *) echo "run-caseload: unknown scenario $scenario (caseload, diary, fhir, worklist or dashboard)" >&2; exit 2 ;;
esac

work="$(mktemp -d /tmp/tandem-bench.XXXXXX)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
  if [[ -f "$work/pg.state" ]]; then
    scripts/postgres-cluster.sh stop "$work/pg.state" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

case "${provider,,}" in
  postgres)
    provider=Postgres
    conn="$(scripts/postgres-cluster.sh start "$work/pg.state")"
    conn="${conn/Database=postgres/Database=tandem_bench}" ;;
  sqlite)
    provider=Sqlite
    conn="Data Source=$work/tandem-bench.db" ;;
  *) echo "run-caseload: unknown provider $provider" >&2; exit 2 ;;
esac

echo "run-caseload: building Release" >&2
dotnet build bench/Tandem.Bench/Tandem.Bench.csproj -c Release -v quiet -nologo >&2
bench=(dotnet "$repo/artifacts/bin/Tandem.Bench/release/Tandem.Bench.dll")

activity=()
extra=()
if [[ "$scenario" == dashboard ]]; then
  activity=(--diary-days "$diary_days") # P3: a diary entry per patient per day (10 M at 100k × 100)
  extra=(--connection "$conn")          # the scenario runs the page's SQL directly as its baseline
fi
"${bench[@]}" generate --provider "$provider" --connection "$conn" \
  --patients "$patients" --therapists "$therapists" --seed "$seed" "${activity[@]}"

"${bench[@]}" serve --provider "$provider" --connection "$conn" --port "$port" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { echo "run-caseload: server died:" >&2; cat "$work/serve.log" >&2; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$port/health" >/dev/null || { echo "run-caseload: server not healthy" >&2; cat "$work/serve.log" >&2; exit 1; }

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ "$scenario" != caseload ]]; then
  "${bench[@]}" "$scenario" --provider "$provider" --url "http://127.0.0.1:$port" \
    --rounds "$rounds" --duration "$duration" --warmup "$warmup" --connections "$connections" --rate "$rate" \
    --patients "$patients" --therapists "$therapists" --commit "$commit" --notes "$notes" \
    --out "$repo/bench/results" "${extra[@]}"
  exit 0
fi
"${bench[@]}" run --provider "$provider" --url "http://127.0.0.1:$port" \
  --rounds "$rounds" --duration "$duration" --warmup "$warmup" \
  --threads "$threads" --connections "$connections" \
  --patients "$patients" --therapists "$therapists" --commit "$commit" --notes "$notes" \
  --out "$repo/bench/results"
