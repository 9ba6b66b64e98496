#!/bin/sh
# Fails when the last configure of the build found a feature newer than the
# meson_version the project declares: CI on Debian 12 (meson 1.0.1) would
# build, but the declared minimum would be a promise the build breaks.
log="$1"   # the build's meson-logs/meson-log.txt
if [ ! -r "$log" ]; then
  echo "no configure log at $log" >&2
  exit 1
fi
if grep -E "uses feature(s)? (introduced|which were added) in" "$log"; then
  echo "raise meson_version in meson.build to what the build uses" >&2
  exit 1
fi
echo "the build uses no meson feature newer than meson_version"
