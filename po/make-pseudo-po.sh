#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the pseudo-translation the tests run the app and the CLI in: the pot
# from the current sources, every message copied and wrapped in ⟦…⟧ (inside
# any leading or trailing newlines, which msgfmt --check wants kept), and its
# .mo compiled with msgfmt --check. Format specifiers, markup and mnemonics
# stay as they are, so the app behaves as in English.
set -euo pipefail

while (($# > 0)); do
  case "$1" in
    --xgettext) xgettext="$2"; shift 2 ;;
    --msginit) msginit="$2"; shift 2 ;;
    --msgfilter) msgfilter="$2"; shift 2 ;;
    --msgfmt) msgfmt="$2"; shift 2 ;;
    --source-root) source_root="$2"; shift 2 ;;
    --potfiles) potfiles="$2"; shift 2 ;;
    --pot) pot="$2"; shift 2 ;;
    --po) po="$2"; shift 2 ;;
    --mo) mo="$2"; shift 2 ;;
    --language) language="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "make-pseudo-po: unknown argument $1" >&2; exit 2 ;;
  esac
done

"$xgettext" --package-name=stackup -D "$source_root" -f "$potfiles" -o "$pot" "$@"
english="$(mktemp)"
trap 'rm -f "$english"' EXIT
# For an English locale msginit copies every msgid into its msgstr.
"$msginit" --no-translator --locale="$language" -i "$pot" -o "$english" 2>/dev/null
LC_ALL=C.UTF-8 "$msgfilter" --keep-header -i "$english" -o "$po" \
  sed -z -e 's/^\(\n*\)/\1⟦/' -e 's/\(\n*\)$/⟧\1/'
mkdir -p "$(dirname "$mo")"
"$msgfmt" --check -o "$mo" "$po"
