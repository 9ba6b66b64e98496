#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The test command: install what is missing, build, and run every test with a
# virtual display (GUI tests need one) and a private session bus.
# With STACKUP_TEST_ALL=1 (as .ci/run sets) it then also runs core and CLI under
# valgrind, the suite built with ASan and UBSan (build-aux/sanitize.sh) and a
# minute of each fuzzer (build-aux/fuzz.sh); the closing line counts them all.
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir="${STACKUP_BUILD_DIR:-build}"
all="${STACKUP_TEST_ALL:-0}"

bash build-aux/setup-debian.sh

# A runtime folder of the run's own, as a desktop session has one: the
# accessibility bus the session starts puts its socket there, where no other
# session (another run on the same machine) can remove it.
runtime_dir=$(mktemp -d)
chmod 700 "$runtime_dir"
export XDG_RUNTIME_DIR="$runtime_dir"
trap 'rm -rf "$runtime_dir"' EXIT

# Each run's own meson log; none left from an earlier run is counted.
logs=("$build_dir/meson-logs/testlog.json")
if [[ "$all" == 1 ]]; then
  logs+=("$build_dir/meson-logs/testlog-valgrind.json"
         build-sanitize/meson-logs/testlog-sanitize-core.json
         build-sanitize/meson-logs/testlog-sanitize-app.json
         build-fuzz/meson-logs/testlog-fuzz-smoke.json)
fi
rm -f "${logs[@]}"

run=(xvfb-run -a -s "-screen 0 1600x1000x24" meson test -C "$build_dir" --print-errorlogs "$@")
if command -v dbus-run-session >/dev/null; then
  run=(dbus-run-session -- "${run[@]}")
fi
# xvfb-run and dbus-run-session both exit with the status of what they ran.
status=0
"${run[@]}" || status=$?

if [[ "$all" == 1 ]]; then
  echo "== valgrind: core and CLI"
  meson test -C "$build_dir" --no-rebuild --setup valgrind --suite core --suite cli \
    --print-errorlogs || status=$?
  echo "== AddressSanitizer and UndefinedBehaviorSanitizer: build-sanitize/"
  bash build-aux/sanitize.sh || status=$?
  echo "== fuzz smoke: build-fuzz/"
  bash build-aux/fuzz.sh --logbase testlog-fuzz-smoke || status=$?
fi

# One plain closing line, counted from meson's own logs of this run.
passed=0 failed=0 skipped=0
for log in "${logs[@]}"; do
  if [[ ! -f "$log" ]]; then
    echo "test: no $log: that run did not happen" >&2
    failed=$((failed + 1))
    continue
  fi
  passed=$((passed + $(grep -c '"result": "OK"' "$log" || true)))
  failed=$((failed + $(grep -cE '"result": "(FAIL|ERROR|TIMEOUT|UNEXPECTEDPASS)"' "$log" || true)))
  skipped=$((skipped + $(grep -c '"result": "SKIP"' "$log" || true)))
done
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
