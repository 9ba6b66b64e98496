#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds with AddressSanitizer and UndefinedBehaviorSanitizer in build-sanitize/ and runs the
# suite: core, CLI and the fuzz corpora with leak checking (the font stack's own leaks
# suppressed), the UI tests under Xvfb without it (GTK keeps much until exit). .ci/run runs it
# (through build-aux/test.sh with STACKUP_TEST_ALL=1); the logs are
# build-sanitize/meson-logs/testlog-sanitize-{core,app}.json.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build-sanitize
[ -d "$dir" ] || meson setup "$dir" -Db_sanitize=address,undefined -Db_lundef=false
ninja -C "$dir"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/build-aux/lsan.supp \
  meson test -C "$dir" --no-rebuild --logbase testlog-sanitize-core \
  --suite core --suite cli --suite data --suite fuzz --print-errorlogs || status=$?
ASAN_OPTIONS=detect_leaks=0 xvfb-run -a -s "-screen 0 1600x1000x24" \
  meson test -C "$dir" --no-rebuild --logbase testlog-sanitize-app --suite app --print-errorlogs || status=$?
exit "$status"
