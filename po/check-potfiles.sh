#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# POTFILES.in is complete and current: every source or UI file with a
# translatable message is listed (a file left out never reaches translators),
# and every listed file exists. TAP output.
set -uo pipefail

cd "$1"
listed="$(grep -v '^#' po/POTFILES.in | sed '/^$/d')"
echo "1..2"

missing=""
for f in $(find src ui -name '*.[ch]' -o -name '*.ui' | sort); do
  if grep -qE '(^|[^A-Za-z0-9_])((_|N_|C_|NC_|ngettext)[[:space:]]*\([[:space:]]*("|$)|(g_dngettext|g_dpgettext2)[[:space:]]*\()|translatable="yes"' "$f" &&
     ! grep -qxF "$f" <<< "$listed"; then
    missing+=" $f"
  fi
done
if [[ -z "$missing" ]]; then
  echo "ok 1 - every file with a message is in POTFILES.in"
else
  echo "not ok 1 - not in po/POTFILES.in:$missing"
fi

gone=""
for f in $listed; do
  [[ -e "$f" ]] || gone+=" $f"
done
if [[ -z "$gone" ]]; then
  echo "ok 2 - every file POTFILES.in lists exists"
else
  echo "not ok 2 - listed in po/POTFILES.in but missing:$gone"
fi
[[ -z "$missing$gone" ]]
