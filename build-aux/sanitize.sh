#!/usr/bin/env bash
# Builds with AddressSanitizer and UndefinedBehaviorSanitizer in build-sanitize/ and runs the
# suite: core and CLI with leak checking (the font stack's own leaks suppressed), the UI tests
# under Xvfb without it (GTK keeps much until exit). Not part of .ci/run: it takes a while.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build-sanitize
[ -d "$dir" ] || meson setup "$dir" -Db_sanitize=address,undefined -Db_lundef=false
ninja -C "$dir"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/build-aux/lsan.supp \
  meson test -C "$dir" --suite core --suite cli --suite data --print-errorlogs
ASAN_OPTIONS=detect_leaks=0 xvfb-run -a -s "-screen 0 1600x1000x24" \
  meson test -C "$dir" --suite app --print-errorlogs
