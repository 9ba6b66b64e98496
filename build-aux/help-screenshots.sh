#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Remakes the user guide's figures (help/C/figures/) from the built app in a
# virtual display: the window at its default 1280×820, light style, driven
# by xdotool (the Options tab, Export… accepted as proposed); needs the
# xdotool and imagemagick packages.
#   bash build-aux/help-screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
fig=$PWD/help/C/figures
# A folder of a fixed name: the window's subtitle and the export notice
# show it in the figures, which should not change from one run to the next.
tmp=/tmp/stackup-examples
rm -rf "$tmp"
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
cp data/examples/phone.stackup data/examples/failing.stackup "$tmp/"

export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build_dir/data" GSK_RENDERER=cairo NO_AT_BRIDGE=1
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
  set -e
  shot() { import -window root -crop 1280x820+0+0 +repage \"\$1\"; echo \"help-screenshots: wrote \$1\"; }
  '$build_dir/src/app/stackup' '$tmp/phone.stackup' & app=\$!
  sleep 4
  # The pointer starts mid-screen, over the checks list's titles, where it
  # shows a tooltip: park it outside the picture.
  xdotool mousemove 1599 999; sleep 2
  shot '$fig/main-window.png'
  xdotool mousemove 350 73 click 1; sleep 2     # the Options tab (of Stack, Requirements, Options, Tolerance)
  shot '$fig/options.png'
  xdotool key ctrl+e; sleep 2; xdotool key Return; sleep 3
  shot '$fig/export-notice.png'
  kill \$app; wait \$app || true
  '$build_dir/src/app/stackup' '$tmp/failing.stackup' & app=\$!
  sleep 4
  xdotool mousemove 700 550 click 1; sleep 1    # the first failed check (board warp at J1, the table's first row)
  shot '$fig/failing-check.png'
  kill \$app"
