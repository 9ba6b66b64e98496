#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The run command: build, then open the bundled example in Stackup. Without a
# display (or before the GTK app exists) it runs the CLI on the example instead
# and says so.
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir="${STACKUP_BUILD_DIR:-build}"

bash build-aux/setup-debian.sh

# The bundled example the app also opens on first start.
example="data/examples/phone.stackup"

app="$build_dir/src/app/stackup"
cli="$build_dir/src/cli/stackup-cli"

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -x "$app" ]]; then
  echo "run: opening $example in Stackup"
  # The uninstalled app as GNOME projects run it: meson's developer
  # environment finds the build's compiled settings schema and translations.
  exec meson devenv -C "$build_dir" stackup "$PWD/$example"
fi

if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  echo "run: no display (DISPLAY/WAYLAND_DISPLAY unset), so writing the example's design note with stackup-cli instead."
else
  echo "run: the GTK application is not built ($app), so writing the example's design note with stackup-cli instead."
fi

out="$build_dir/$(basename "$example" .stackup)-design-note.pdf"
"$cli" export "$example" --note "$out"
echo "run: wrote the design note of $example to $(realpath "$out")"
