#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The libFuzzer targets of tests/fuzz, built with clang (ASan + UBSan) in build-fuzz/ and run
# from their seeds as the meson suite `fuzz-smoke`: a minute a target. Arguments go to
# `meson test`, e.g. a long run of one target (docs/fuzzing.md):
#   nice -n 10 bash build-aux/fuzz.sh -t 100 --test-args=-max_total_time=1800 fuzz-project-smoke
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build-fuzz
[ -f "$dir/build.ninja" ] || CC=clang meson setup "$dir" -Dfuzzing=true -Dgui=false
# Only the fuzzers: the rest of this build is the suite again, which CI runs elsewhere.
ninja -C "$dir" tests/fuzz/fuzz-project tests/fuzz/fuzz-part tests/fuzz/fuzz-options
meson test -C "$dir" --no-rebuild --suite fuzz-smoke --num-processes 1 --print-errorlogs "$@"
