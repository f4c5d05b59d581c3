#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL cluster for the integration tests.
#
# Usage:
#   scripts/postgres-cluster.sh start [STATE_FILE]
#       initdb + start a fresh cluster in a new /tmp/tandem-pg.XXXXXX dir
#       (data/ = PGDATA, plus initdb.log, postgres.log and the Unix socket),
#       listening on 127.0.0.1 on the first free port from 54329 upward,
#       superuser `tandem`, trust auth (no password). Writes that dir's
#       path to STATE_FILE. stdout gets exactly one line, the Npgsql
#       connection string, e.g.
#         Host=127.0.0.1;Port=54329;Username=tandem;Database=postgres;Pooling=true
#       Progress and errors go to stderr.
#   scripts/postgres-cluster.sh stop [STATE_FILE | CLUSTER_DIR]
#       Fast-stop the cluster and delete its dir (and the state file).
#       Stopping a cluster that is already gone is not an error.
#
# STATE_FILE defaults to $TANDEM_PG_STATE, else artifacts/postgres-cluster.state
# in the repo, so a developer can just run `start` and later `stop`.
#
# Env:
#   TANDEM_PG_STATE   default state file (see above)
#   TANDEM_PG_BINDIR  PostgreSQL bin dir to use instead of auto-detection
#
# PostgreSQL refuses to run as root, so under root (CI containers) the server
# runs as the `postgres` OS user, which the Debian packages create.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
default_state="${TANDEM_PG_STATE:-$repo_root/artifacts/postgres-cluster.state}"
first_port=54329
port_attempts=50
min_major=15

die() {
  echo "postgres-cluster: error: $*" >&2
  exit 1
}

usage() {
  echo "usage: $0 start [STATE_FILE] | stop [STATE_FILE|CLUSTER_DIR]" >&2
  exit 2
}

# Highest /usr/lib/postgresql/N/bin (Debian keeps several majors side by
# side), then pg_config, then PATH. pg_config alone is not enough: on Debian
# it comes from libpq-dev and may point at a client-only install.
find_bindir() {
  local dir
  if [[ -n "${TANDEM_PG_BINDIR:-}" ]]; then
    [[ -x "$TANDEM_PG_BINDIR/initdb" ]] || die "no initdb in TANDEM_PG_BINDIR=$TANDEM_PG_BINDIR"
    echo "$TANDEM_PG_BINDIR"
    return
  fi
  dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then
    echo "$dir"
    return
  fi
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    if [[ -n "$dir" && -x "$dir/initdb" ]]; then
      echo "$dir"
      return
    fi
  fi
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return
  fi
  die "Integration tests need PostgreSQL ${min_major}+ server binaries: run \`sudo apt-get install -y postgresql\` (or set TANDEM_PG_BINDIR to the directory containing initdb, pg_ctl and postgres)."
}

# Runs a PostgreSQL binary as whoever may own the cluster. `cd /` because
# root's cwd is usually unreadable by postgres, which makes initdb complain.
as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# A port counts as taken if something accepts connections on it. The start
# loop below still copes with losing a race for a port that looked free.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

cmd_start() {
  local state="${1:-$default_state}"
  local bindir version major dir pgdata log port attempt old

  bindir="$(find_bindir)"
  version="$("$bindir/postgres" --version 2>/dev/null || true)"
  major="$(sed -nE 's/^[^0-9]*([0-9]+).*/\1/p' <<<"$version")"
  if ! [[ "$major" =~ ^[0-9]+$ ]] || ((major < min_major)); then
    die "Integration tests need PostgreSQL ${min_major}+ server binaries, found '${version:-nothing}' in $bindir: run \`sudo apt-get install -y postgresql\`."
  fi

  if [[ "$(id -u)" -eq 0 ]] && ! id -u postgres >/dev/null 2>&1; then
    die "running as root but there is no 'postgres' OS user to run the server as (PostgreSQL refuses to run as root)."
  fi

  if [[ -f "$state" ]]; then
    old="$(head -n 1 "$state")"
    [[ -d "$old" ]] && die "a cluster from $state is still around ($old); run '$0 stop $state' first."
  fi

  dir="$(mktemp -d /tmp/tandem-pg.XXXXXX)"
  pgdata="$dir/data"
  log="$dir/postgres.log"
  mkdir -p "$(dirname "$state")"
  # Record the dir before anything can fail so `stop` can always clean up.
  echo "$dir" >"$state"
  if [[ "$(id -u)" -eq 0 ]]; then
    chown postgres:postgres "$dir"
  fi

  echo "postgres-cluster: $version, initdb in $pgdata" >&2
  if ! as_owner "$bindir/initdb" -D "$pgdata" -A trust -U tandem -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    die "initdb failed ($dir left for inspection; '$0 stop $state' removes it)."
  fi

  # Durability is pointless for a cluster that is deleted after the run, and
  # turning it off makes the many CREATE DATABASEs of the tests much faster.
  # Each test database gets its own Npgsql pool, hence the generous
  # max_connections.
  port=$first_port
  for ((attempt = 0; attempt < port_attempts; attempt++, port++)); do
    port_in_use "$port" && continue
    if as_owner "$bindir/pg_ctl" -D "$pgdata" -l "$log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >"$dir/pg_ctl.log" 2>&1; then
      echo "postgres-cluster: listening on 127.0.0.1:$port (log: $log)" >&2
      echo "Host=127.0.0.1;Port=$port;Username=tandem;Database=postgres;Pooling=true"
      return 0
    fi
    # Someone grabbed the port between our check and the bind: try the next.
    # (pg_ctl appends to the log, so only look at this attempt's tail.)
    tail -n 20 "$log" 2>/dev/null | grep -q "could not bind\|Address already in use" && continue
    cat "$dir/pg_ctl.log" >&2
    tail -n 50 "$log" >&2 2>/dev/null || true
    die "PostgreSQL failed to start ($dir left for inspection; '$0 stop $state' removes it)."
  done
  die "no free port in $first_port..$((first_port + port_attempts - 1))."
}

cmd_stop() {
  local arg="${1:-$default_state}"
  local state="" dir bindir pid

  if [[ -d "$arg" ]]; then
    dir="$arg"
  elif [[ -f "$arg" ]]; then
    state="$arg"
    dir="$(head -n 1 "$state")"
  else
    echo "postgres-cluster: nothing to stop ($arg does not exist)." >&2
    return 0
  fi
  dir="${dir%/}"

  # Never rm -rf something this script did not create.
  case "$dir" in
    /tmp/tandem-pg.*) ;;
    *) die "refusing to delete '$dir': not a /tmp/tandem-pg.* directory." ;;
  esac

  if [[ -f "$dir/data/postmaster.pid" ]]; then
    bindir="$(find_bindir)"
    if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1; then
      # Deleting the dir under a live postmaster would orphan it; signal it
      # directly (SIGINT = fast shutdown), checking first that the pid from
      # a possibly stale pid file really is a postgres process.
      pid="$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
      if [[ "$pid" =~ ^[0-9]+$ && "$(cat "/proc/$pid/comm" 2>/dev/null)" == postgres ]] \
        && kill -INT "$pid" 2>/dev/null; then
        echo "postgres-cluster: pg_ctl stop failed; sent SIGINT to postmaster $pid." >&2
        for _ in {1..50}; do
          kill -0 "$pid" 2>/dev/null || break
          sleep 0.2
        done
      fi
    fi
  fi
  rm -rf -- "$dir"
  if [[ -n "$state" ]]; then
    rm -f -- "$state"
  fi
}

case "${1:-}" in
  start) shift; (($# <= 1)) || usage; cmd_start "$@" ;;
  stop) shift; (($# <= 1)) || usage; cmd_stop "$@" ;;
  *) usage ;;
esac
