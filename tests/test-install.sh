#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `meson install --destdir` places everything where a desktop expects it; the
# installed CLI works on the installed data, and the installed app starts
# with only XDG_DATA_DIRS pointing at the prefix.
#   test-install.sh SOURCE_ROOT BUILD_DIR
set -euo pipefail
src=$1
build=$2
app_id=io.github.stackup.Stackup
fail() { echo "FAIL: $*" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
meson install -C "$build" --no-rebuild --quiet --destdir "$tmp/root" >"$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log"; fail "meson install"; }

prefix=$(meson introspect --buildoptions "$build" |
         python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root="$tmp/root$prefix"
gui=$(meson introspect --buildoptions "$build" |
      python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="gui"][0])')

expect=(
  bin/stackup-cli
  share/man/man1/stackup-cli.1
  share/bash-completion/completions/stackup-cli
  share/stackup/examples/phone.stackup
)
if [[ "$gui" == True ]]; then
  expect+=(
    bin/stackup
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    "share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
    "share/glib-2.0/schemas/$app_id.gschema.xml"
    "share/mime/packages/$app_id.xml"
    share/help/C/stackup/index.page
    share/help/C/stackup/figures/main-window.png
  )
fi
for lang in $(grep -v '^#' "$src/po/LINGUAS" || true); do
  expect+=("share/locale/$lang/LC_MESSAGES/stackup.mo")
done
for f in "${expect[@]}"; do
  [[ -f "$root/$f" ]] || fail "$f is not installed under $prefix"
  echo "installed: $prefix/$f"
done

# The installed CLI on the installed example: it passes its checks.
"$root/bin/stackup-cli" check "$root/share/stackup/examples/phone.stackup" >"$tmp/check.txt" ||
  { cat "$tmp/check.txt"; fail "installed stackup-cli check on the installed example"; }
grep -q "AXE520127" "$tmp/check.txt" || fail "the check output does not name the example's socket"
"$root/bin/stackup-cli" part AXK750147G --json | grep -q '"series" *: *"P4"' || fail "installed CLI part decode"

if [[ "$gui" == True ]]; then
  [[ -n "${DISPLAY:-}" ]] || fail "no display for the installed app; run under xvfb-run"
  # What a distribution's triggers do after installing a package.
  glib-compile-schemas "$root/share/glib-2.0/schemas"
  out=$(env -u GSETTINGS_SCHEMA_DIR GSETTINGS_BACKEND=memory XDG_DATA_DIRS="$root/share:/usr/share" \
        STACKUP_TEST_QUIT_AFTER_MAPPED=1 timeout 60 "$root/bin/stackup" \
        "$root/share/stackup/examples/phone.stackup" 2>"$tmp/err") || { cat "$tmp/err"; fail "installed app"; }
  cat "$tmp/err"
  [[ "$out" == "Phone main board: display FPC, camera FPC and a daughter board" ]] || fail "installed app mapped '$out'"
  ! grep -q "not installed" "$tmp/err" || fail "the installed app did not find its installed schema"
  echo "installed app opened: $out"
fi
echo "PASS"
