#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Remakes the AppStream screenshots in data/screenshots/ from the bundled
# examples: the built app in a 1600×1000 virtual display, light style.
#   bash build-aux/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
tmp=$(mktemp -d)
# The examples from a folder of a fixed name: the window's subtitle shows
# it, and a screenshot should name no folder of the machine it was made on.
examples=/tmp/stackup-examples
rm -rf "$examples"
mkdir -p "$examples"
cp data/examples/*.stackup "$examples/"
trap 'rm -rf "$tmp" "$examples"' EXIT
mkdir -p "$tmp/config/glib-2.0/settings"
cat >"$tmp/config/glib-2.0/settings/keyfile" <<KEYS
[io/github/stackup/Stackup]
window-width=1600
window-height=1000
first-start=false
KEYS

shoot() {
  local example=$1 out=$2
  XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" GSETTINGS_BACKEND=keyfile \
  GSETTINGS_SCHEMA_DIR="$build_dir/data" GSK_RENDERER=cairo \
    xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
      '$build_dir/src/app/stackup' '$examples/$example' & app=\$!
      # The pointer starts mid-screen, over the checks list, where it
      # would show a tooltip in the picture: park it in a corner.
      sleep 4
      if command -v xdotool >/dev/null; then xdotool mousemove 1599 999; sleep 2; fi
      import -window root '$out'
      kill \$app"
  echo "screenshots: wrote $out"
}
shoot phone.stackup data/screenshots/main.png
shoot failing.stackup data/screenshots/failing.png
