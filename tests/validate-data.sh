#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop integration files, checked the way GNOME projects check them.
#   validate-data.sh desktop|metainfo|mime|icons PATH
set -euo pipefail
kind=$1
path=$2
app_id=io.github.stackup.Stackup
here=$(cd "$(dirname "$0")/.." && pwd)

fail() { echo "FAIL: $*" >&2; exit 1; }

case "$kind" in
desktop)
  # No errors, no warnings and no hints.
  out=$(desktop-file-validate "$path" 2>&1) || fail "desktop-file-validate: $out"
  [[ -z "$out" ]] || fail "desktop-file-validate says: $out"
  grep -qx "Icon=$app_id" "$path" || fail "Icon is not $app_id"
  grep -q "^MimeType=.*application/x-stackup;" "$path" || fail "MimeType lacks application/x-stackup"
  grep -q "^Exec=stackup " "$path" || fail "Exec does not start stackup"
  ;;
metainfo)
  appstreamcli validate --no-net --strict "$path" || fail "appstreamcli validate --strict"
  grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$path" || fail "launchable"
  # Every screenshot the metainfo names is in the repository at that path.
  for shot in $(grep -o 'main/data/screenshots/[a-z-]*\.png' "$path" | sed 's|^main/||'); do
    [[ -f "$here/$shot" ]] || fail "screenshot $shot is not in the repository"
  done
  ;;
mime)
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/mime/packages"
  cp "$path" "$tmp/mime/packages/$app_id.xml"
  out=$(XDG_DATA_DIRS="$tmp" XDG_DATA_HOME="$tmp/none" update-mime-database "$tmp/mime" 2>&1) || fail "update-mime-database: $out"
  [[ -z "$out" ]] || fail "update-mime-database says: $out"
  grep -q '<glob pattern="\*.stackup"' "$tmp/mime/application/x-stackup.xml" || fail "no *.stackup glob"
  grep -q 'application/x-stackup' "$here/docs/file-format.md" || fail "docs/file-format.md names another type"
  # A project file is recognised by its name and by its content.
  cp "$here/data/examples/phone.stackup" "$tmp/example.stackup"
  cp "$here/data/examples/phone.stackup" "$tmp/no-extension"
  for f in example.stackup no-extension; do
    type=$(XDG_DATA_DIRS="$tmp" XDG_DATA_HOME="$tmp/none" gio info -a standard::content-type "$tmp/$f" |
           sed -n 's/^ *standard::content-type: //p')
    [[ "$type" == application/x-stackup ]] || fail "$f is recognised as '$type'"
  done
  ;;
icons)
  for svg in "$path/scalable/apps/$app_id.svg:128" "$path/symbolic/apps/$app_id-symbolic.svg:16"; do
    file=${svg%:*}; size=${svg##*:}
    [[ -f "$file" ]] || fail "$file is missing"
    python3 - "$file" "$size" <<'PY' || fail "$file"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
size = sys.argv[2]
assert root.get("viewBox") == f"0 0 {size} {size}", f"viewBox is {root.get('viewBox')}, not 0 0 {size} {size}"
assert root.get("width") == size and root.get("height") == size, "width/height"
if size == "16":
    # A symbolic icon is one colour, recoloured by the theme.
    fills = {e.get("fill") for e in root.iter() if e.get("fill") not in (None, "none")}
    assert fills == {"#2e3436"}, f"symbolic fills {fills}"
PY
  done
  ;;
*)
  fail "unknown kind $kind"
  ;;
esac
echo "PASS: $kind $(basename "$path")"
