#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Make this checkout buildable and build it: install what Debian 12 lacks (only
# when something is missing, so reruns are fast), then configure and build.
#   bash build-aux/setup-debian.sh            # build dir: build/
#   STACKUP_BUILD_DIR=_b bash build-aux/setup-debian.sh
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir="${STACKUP_BUILD_DIR:-build}"

# Build, test and GUI-test dependencies (Debian 12 package names).
packages=(
  meson ninja-build gcc pkg-config
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libjson-glib-dev libcairo2-dev
  gettext desktop-file-utils appstream
  # yelp-tools: validates the help pages (yelp-check, a test); gnome.yelp
  # installs them without it
  yelp-tools
  # locales: the definitions the build compiles de_DE/ja_JP from for the tests;
  # fonts-ipafont-gothic: Japanese glyphs for the app and the design note
  locales fonts-ipafont-gothic
  xvfb xauth dbus-x11 dbus-daemon at-spi2-core
  poppler-utils imagemagick python3-ezdxf
  librsvg2-common adwaita-icon-theme fonts-dejavu-core shared-mime-info
  valgrind clang libclang-rt-14-dev
)

missing=()
for pkg in "${packages[@]}"; do
  status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
  [[ "$status" == installed ]] || missing+=("$pkg")
done

if ((${#missing[@]} > 0)); then
  echo "setup: installing ${missing[*]}"
  if [[ "$(id -u)" -eq 0 ]]; then
    sudo=()
  elif command -v sudo >/dev/null; then
    sudo=(sudo)
  else
    echo "setup: missing packages and not root (no sudo): ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update
  "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

# The GTK application is built when its sources are in this checkout.
gui=false
[[ -f src/app/meson.build ]] && gui=true

if [[ -f "$build_dir/build.ninja" ]]; then
  # meson regenerates by itself when a meson.build changes; only the option may differ
  current="$(meson introspect --buildoptions "$build_dir" |
             python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="gui"][0])' |
             tr 'TF' 'tf')"
  if [[ "$current" != "$gui" ]]; then
    meson configure "$build_dir" -Dgui="$gui"
  fi
else
  rm -rf "$build_dir"
  meson setup "$build_dir" -Dgui="$gui"
fi
ninja -C "$build_dir"
