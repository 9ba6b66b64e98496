#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The run command: build, then open the bundled example in Stackup. Without a
# display (or before the GTK app exists) it runs the CLI on the example instead
# and says so.
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir="${STACKUP_BUILD_DIR:-build}"

bash build-aux/setup-debian.sh

example=""
for f in data/examples/*.stackup; do
  if [[ -f "$f" ]]; then
    example="$f"
    break
  fi
done

app="$build_dir/src/app/stackup"
cli="$build_dir/src/cli/stackup-cli"

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -x "$app" ]]; then
  echo "run: opening ${example:-a new project} in Stackup"
  exec "$app" ${example:+"$example"}
fi

if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  echo "run: no display (DISPLAY/WAYLAND_DISPLAY unset), so running the command-line tool instead."
else
  echo "run: the GTK application is not built yet ($app), so running the command-line tool instead."
fi

help="$("$cli" --help)"
if [[ -n "$example" ]] && grep -qE '^  export ' <<<"$help"; then
  out="$build_dir/$(basename "$example" .stackup)-design-note.pdf"
  "$cli" export "$example" --note "$out"
  echo "run: wrote the design note of $example to $(realpath "$out")"
else
  "$cli" catalog
  if [[ -z "$example" ]]; then
    echo "run: no example project in data/examples/ yet; above is the connector catalog."
  else
    echo "run: the design note export (stackup-cli export) is not available yet; above is the connector catalog."
  fi
fi
