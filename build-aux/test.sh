#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The test command: install what is missing, build, and run every test with a
# virtual display (GUI tests need one) and a private session bus.
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir="${STACKUP_BUILD_DIR:-build}"

bash build-aux/setup-debian.sh

# A runtime folder of the run's own, as a desktop session has one: the
# accessibility bus the session starts puts its socket there, where no other
# session (another run on the same machine) can remove it.
runtime_dir=$(mktemp -d)
chmod 700 "$runtime_dir"
export XDG_RUNTIME_DIR="$runtime_dir"
trap 'rm -rf "$runtime_dir"' EXIT

run=(xvfb-run -a -s "-screen 0 1600x1000x24" meson test -C "$build_dir" --print-errorlogs "$@")
if command -v dbus-run-session >/dev/null; then
  run=(dbus-run-session -- "${run[@]}")
fi
# xvfb-run and dbus-run-session both exit with the status of what they ran.
status=0
"${run[@]}" || status=$?

# One plain closing line, counted from meson's own log of this run.
log="$build_dir/meson-logs/testlog.json"
if [[ -f "$log" ]]; then
  passed=$(grep -c '"result": "OK"' "$log" || true)
  failed=$(grep -cE '"result": "(FAIL|ERROR|TIMEOUT|UNEXPECTEDPASS)"' "$log" || true)
  skipped=$(grep -c '"result": "SKIP"' "$log" || true)
  echo "tests: $passed passed, $failed failed, $skipped skipped"
fi
exit "$status"
