#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's first command, run as a newcomer with a desktop runs it: from
# the source tree, with a display and a session bus but otherwise a clean
# environment (no GSETTINGS_SCHEMA_DIR, no XDG_* dirs, a fresh home). The app
# must map its window with the bundled example's title, with nothing on
# stderr that GLib calls a warning, a critical or an error.
#   test-run-command.sh SOURCE_ROOT BUILD_DIR
set -euo pipefail
src=$1
build=$2

first=$(awk '/^```/{f=!f; next} f{print; exit}' "$src/README.md")
if [[ "$first" != "bash build-aux/run.sh" ]]; then
  echo "FAIL: the README's first command is now '$first'; this test runs build-aux/run.sh" >&2
  exit 1
fi
if [[ -z "${DISPLAY:-}" ]]; then
  echo "FAIL: no display; run the suite under xvfb-run (build-aux/test.sh does)" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/home"
# What the example calls itself, read from the file, not from the program.
expected=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["project"]["name"])' \
           "$src/data/examples/phone.stackup")

keep=(DISPLAY="$DISPLAY")
[[ -n "${XAUTHORITY:-}" ]] && keep+=(XAUTHORITY="$XAUTHORITY")
[[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]] && keep+=(DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS")
[[ -n "${XDG_RUNTIME_DIR:-}" ]] && keep+=(XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR")
# The harness's sanitizer settings (build-aux/sanitize.sh), not the user's.
for v in ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS; do
  [[ -n "${!v:-}" ]] && keep+=("$v=${!v}")
done

status=0
(cd "$src" && env -i HOME="$tmp/home" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
   LANG=C.UTF-8 "${keep[@]}" STACKUP_BUILD_DIR="$build" STACKUP_TEST_QUIT_AFTER_MAPPED=1 \
   timeout 120 bash -c "$first") >"$tmp/out" 2>"$tmp/err" || status=$?

echo "--- stdout"; cat "$tmp/out"
echo "--- stderr"; cat "$tmp/err"
if [[ $status -ne 0 ]]; then
  echo "FAIL: '$first' exited with $status" >&2
  exit 1
fi
if [[ "$(tail -n 1 "$tmp/out")" != "$expected" ]]; then
  echo "FAIL: the mapped window's title is not '$expected'" >&2
  exit 1
fi
if grep -qE 'WARNING|CRITICAL|ERROR|not installed' "$tmp/err"; then
  echo "FAIL: stderr has warnings, criticals or a missing-schema message" >&2
  exit 1
fi
echo "PASS: the README's first command opened '$expected'"
