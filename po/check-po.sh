#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# msgfmt --check (format strings, plural forms, header) on every translation
# po/LINGUAS names, then on any further po files given (the pseudo
# translation of the current sources), so the test checks something before
# the first translation exists. TAP output, one line per file.
set -uo pipefail

po_dir="$1"
shift
files=()
while read -r line; do
  line="${line%%#*}"
  for lang in $line; do
    files+=("$po_dir/$lang.po")
  done
done < "$po_dir/LINGUAS"
files+=("$@")

echo "1..${#files[@]}"
n=0
status=0
for f in "${files[@]}"; do
  n=$((n + 1))
  if [[ ! -f "$f" ]]; then
    echo "not ok $n - $f: listed in LINGUAS but missing"
    status=1
  elif out="$(msgfmt --check --statistics -o /dev/null "$f" 2>&1)"; then
    echo "ok $n - $(basename "$f"): ${out//$'\n'/ }"
  else
    echo "not ok $n - $(basename "$f")"
    sed 's/^/# /' <<< "$out"
    status=1
  fi
done
exit "$status"
