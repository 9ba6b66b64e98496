#!/bin/sh
# Fails when any file in src/core names a GTK, GDK or libadwaita header.
dir="$1"   # searched recursively, sub-folders included
if grep -rnE '#[[:space:]]*include[[:space:]]*[<"](gtk|gdk|adwaita|libadwaita)' "$dir"; then
  echo "src/core must not include GTK headers" >&2
  exit 1
fi
echo "src/core is GTK-free"
