#!/usr/bin/env bash
# shellcheck disable=SC2317  # the step functions are only invoked via step()
# Tandem's single test command: formatting, build, EF model check and every
# test suite, against both SQLite and a throwaway PostgreSQL cluster.
#
# Usage: ./test.sh [--quick]
#   --quick   developer loop: skip `dotnet format` and the browser tests.
#
# Environment:
#   TANDEM_SKIP_FORMAT=1   skip the `dotnet format` check.
#   TANDEM_CHROMIUM        Chromium for the browser tests (default
#                          /usr/bin/chromium); exported to the tests.
#   TANDEM_TEST_POSTGRES   if already set, use that server instead of starting
#                          a throwaway cluster (it must allow CREATE DATABASE).
#   CI                     set by CI; with it (or when output is not a
#                          terminal) .NET build servers are disabled.
#
# Exported to the tests:
#   TANDEM_TEST_DB         `sqlite` / `postgres` for the two integration legs.
#   TANDEM_TEST_POSTGRES   Npgsql connection string of the PostgreSQL server.
#   TANDEM_CHROMIUM        Chromium binary for Playwright.
#
# Results: TRX files in artifacts/test-results/<leg>/. Every step runs even
# after an earlier one failed, unless it cannot (no build, no tests). The last
# line of output is always the totals, `N passed, N failed, N skipped`; the
# exit status is non-zero if anything failed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

quick=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    -h | --help)
      sed -n '3,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
      exit 0
      ;;
    *)
      echo "test.sh: unknown option '$arg' (see ./test.sh --help)" >&2
      exit 2
      ;;
  esac
done

results="artifacts/test-results"
solution="Tandem.slnx"
web_project="src/Tandem.Web"
failures=()
run_tmp=""
pg_state=""
started=$SECONDS

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
# MSBuild nodes and the Roslyn/Razor compiler servers outlive `dotnet build`
# and can hold the inherited stdout open, so whoever reads our output through
# a pipe (CI, `| tee`) may wait for them long after we exit. Environment
# variables double as MSBuild properties, which covers every dotnet call.
if [[ -n "${CI:-}" || ! -t 1 ]]; then
  export MSBUILDDISABLENODEREUSE=1
  export DOTNET_CLI_USE_MSBUILD_SERVER=0
  export UseSharedCompilation=false
  export UseRazorBuildServer=false
fi

# Idempotent so that the explicit call before the totals and the EXIT trap
# can both run it; silent once done, so nothing follows the totals line.
cleanup() {
  if [[ -n "$pg_state" && -f "$pg_state" ]]; then
    scripts/postgres-cluster.sh stop "$pg_state" || true
  fi
  if [[ -n "$run_tmp" && -d "$run_tmp" ]]; then
    rm -rf -- "$run_tmp"
  fi
  run_tmp=""
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

# step TITLE COMMAND...: announce, time, and record a failure without
# stopping. Returns the command's status so callers can skip dependants.
step() {
  local title="$1" start=$SECONDS rc=0
  shift
  echo "==> $title"
  "$@" || rc=$?
  if ((rc == 0)); then
    echo "    ok ($((SECONDS - start))s)"
  else
    echo "    FAILED: $title (exit $rc, $((SECONDS - start))s)"
    failures+=("$title")
  fi
  return "$rc"
}

skip() {
  echo "==> $1"
  echo "    skipped: $2"
}

# Prints the totals as the last line and exits; everything else (cleanup,
# failure summary) has to come before it.
finish() {
  local totals rc=0
  cleanup
  totals="$(scripts/test-totals.sh "$results")" || rc=$?
  if ((rc != 0)); then
    failures+=("test totals (no tests ran)")
  fi
  totals="${totals:-0 passed, 0 failed, 0 skipped}"
  if ((${#failures[@]} > 0)); then
    echo "==> FAILED after $((SECONDS - started))s:"
    printf '    - %s\n' "${failures[@]}"
  else
    echo "==> All green in $((SECONDS - started))s"
  fi
  echo "$totals"
  if ((${#failures[@]} > 0)); then
    exit 1
  fi
  exit 0
}

check_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "dotnet is not on PATH: install the .NET 10 SDK (https://dotnet.microsoft.com/download/dotnet/10.0)." >&2
    return 1
  fi
  # Fails with a clear message of its own if global.json's SDK is missing.
  dotnet --version
}

check_model() {
  local context="$1"
  dotnet ef migrations has-pending-model-changes --project "$web_project" \
    --context "$context" --configuration Release --no-build
}

ensure_chromium() {
  export TANDEM_CHROMIUM="${TANDEM_CHROMIUM:-/usr/bin/chromium}"
  scripts/ensure-chromium.sh
}

start_postgres() {
  local conn
  if [[ -n "${TANDEM_TEST_POSTGRES:-}" ]]; then
    echo "    using TANDEM_TEST_POSTGRES from the environment"
    return 0
  fi
  pg_state="$run_tmp/postgres-cluster.state"
  conn="$(scripts/postgres-cluster.sh start "$pg_state")" || return 1
  export TANDEM_TEST_POSTGRES="$conn"
  echo "    $conn"
}

# run_leg LEG PROJECT [VAR=VALUE...]: one `dotnet test` run, with its own
# results directory so the two integration legs' TRX files never collide.
# global.json selects Microsoft.Testing.Platform; xunit.v3 writes the TRX report itself.
run_leg() {
  local leg="$1" project="$2"
  shift 2
  env "$@" dotnet test --project "$project" -c Release --no-build \
    --results-directory "$results/$leg" --report-xunit-trx --report-xunit-trx-filename "$leg.trx"
}

# --- checks and build -------------------------------------------------------

rm -rf -- "$results"
mkdir -p "$results"
run_tmp="$(mktemp -d /tmp/tandem-test.XXXXXX)"

step "Check .NET SDK" check_dotnet || finish

step "Restore local tools" dotnet tool restore || finish

if ((quick)) || [[ "${TANDEM_SKIP_FORMAT:-}" == 1 ]]; then
  skip "Format check" "--quick / TANDEM_SKIP_FORMAT=1"
else
  step "Format check" dotnet format "$solution" --verify-no-changes || true
fi

step "Build (Release)" dotnet build "$solution" -c Release || finish

step "EF model check: SqliteAppDbContext" check_model SqliteAppDbContext || true
step "EF model check: PostgresAppDbContext" check_model PostgresAppDbContext || true

# --- test legs --------------------------------------------------------------

step "Unit tests" run_leg unit tests/Tandem.UnitTests || true

step "Integration tests (SQLite)" \
  run_leg integration-sqlite tests/Tandem.IntegrationTests TANDEM_TEST_DB=sqlite || true

if step "Start PostgreSQL" start_postgres; then
  step "Integration tests (PostgreSQL)" \
    run_leg integration-postgres tests/Tandem.IntegrationTests TANDEM_TEST_DB=postgres || true
else
  skip "Integration tests (PostgreSQL)" "no PostgreSQL server"
fi

if ((quick)); then
  skip "Browser tests" "--quick"
elif step "Ensure Chromium" ensure_chromium; then
  step "Browser tests" run_leg browser tests/Tandem.BrowserTests || true
else
  skip "Browser tests" "no Chromium"
fi

finish
