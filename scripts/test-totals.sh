#!/usr/bin/env bash
# Sum the test counts of every VSTest TRX file under a directory.
#
# Usage: scripts/test-totals.sh DIR
#
# stdout: exactly one line, `N passed, N failed, N skipped`.
# Exit status: 0, or 1 if DIR holds no *.trx file or no test was executed
# (a run that silently discovered nothing must not look green), 2 on misuse.
#
# Counting, from each file's <ResultSummary><Counters .../>:
#   passed  = passed
#   failed  = failed + error + timeout + aborted
#   skipped = max(notExecuted, total - executed)
# The max is there because writers disagree: xUnit's own TRX report (MTP
# `--report-xunit-trx`) counts skips in notExecuted, while VSTest's trx
# logger leaves notExecuted at 0 and only lowers executed.
# Missing attributes count as 0. A TRX without a Counters element (a run
# that crashed while writing it) is reported on stderr and counts as 0.
set -euo pipefail

if (($# != 1)); then
  echo "usage: $0 DIR" >&2
  exit 2
fi
dir="$1"
[[ -d "$dir" ]] || { echo "test-totals: no such directory: $dir" >&2; exit 1; }

files=0
counters=""
while IFS= read -r -d '' trx; do
  files=$((files + 1))
  # Flatten the file so a Counters element wrapped over several lines still
  # matches; attribute values are plain integers, so [^>]* is safe.
  line="$(tr '\r\n\t' '   ' <"$trx" | grep -o '<Counters[^>]*>' | head -n 1 || true)"
  if [[ -z "$line" ]]; then
    echo "test-totals: warning: no <Counters> in $trx (run aborted?)" >&2
    continue
  fi
  counters+="$line"$'\n'
done < <(find "$dir" -type f -name '*.trx' -print0)

if ((files == 0)); then
  echo "test-totals: no .trx files under $dir" >&2
  echo "0 passed, 0 failed, 0 skipped"
  exit 1
fi

# The leading space in the pattern keeps `executed` from matching inside
# `notExecuted` (attribute names are case-sensitive).
printf '%s' "$counters" | awk '
  function attr(name,   m) {
    if (match($0, " " name "=\"[0-9]+\"")) {
      m = substr($0, RSTART, RLENGTH)
      gsub(/[^0-9]/, "", m)
      return m + 0
    }
    return 0
  }
  {
    executed += attr("executed")
    passed   += attr("passed")
    failed   += attr("failed") + attr("error") + attr("timeout") + attr("aborted")
    notrun   = attr("total") - attr("executed")
    skipped  += (attr("notExecuted") > notrun ? attr("notExecuted") : notrun)
  }
  END {
    printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped
    if (executed == 0) {
      print "test-totals: no test was executed" > "/dev/stderr"
      exit 1
    }
  }'
