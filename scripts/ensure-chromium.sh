#!/usr/bin/env bash
# Make sure a Chromium binary is available for the browser tests.
#
# Usage: scripts/ensure-chromium.sh
#
# Env:   TANDEM_CHROMIUM  Chromium binary to use (default /usr/bin/chromium).
#
# Exit 0 when the binary is usable (its version goes to stdout), non-zero
# otherwise. Playwright's own browser download is not usable here, so the
# browser tests drive Debian's `chromium` package instead. As root (CI), the
# package is installed on demand; anyone else gets told how to install it,
# because silently calling sudo from a test script is rude.
set -euo pipefail

chromium="${TANDEM_CHROMIUM:-/usr/bin/chromium}"

usable() {
  [[ -x "$chromium" && ! -d "$chromium" ]]
}

print_version() {
  # --version can fail in odd sandboxes without the binary being useless;
  # the browser tests will give the real verdict.
  "$chromium" --version 2>/dev/null || echo "$chromium (version unknown)"
}

if usable; then
  print_version
  exit 0
fi

# An explicit TANDEM_CHROMIUM that is wrong is a configuration mistake;
# installing the package would not fix it.
if [[ "$(id -u)" -ne 0 || -n "${TANDEM_CHROMIUM:-}" ]]; then
  echo "error: no Chromium at $chromium." >&2
  echo "Browser tests need Debian's Chromium: run \`sudo apt-get install -y chromium\`" \
    "(or set TANDEM_CHROMIUM to a Chromium binary)" >&2
  exit 1
fi

echo "Chromium not found at $chromium; installing Debian's chromium package..." >&2
log="$(mktemp /tmp/tandem-apt.XXXXXX.log)"
if ! {
  apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y \
      chromium fonts-dejavu-core
} >"$log" 2>&1 </dev/null; then
  echo "error: apt-get failed; its log follows:" >&2
  cat "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"

if ! usable; then
  echo "error: chromium package installed but $chromium is still missing." >&2
  echo "Set TANDEM_CHROMIUM to the Chromium binary." >&2
  exit 1
fi
print_version
