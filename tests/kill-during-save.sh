#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kill-during-save trial: a program saves a big project (two versions in
# turn) in a loop and is killed with SIGKILL at a random moment, TRIALS times.
# After each kill the file must load and be exactly the old or the new
# version. After a final successful save no temporary file may remain.
#   tests/kill-during-save.sh HELPER [TRIALS]
# HELPER is the built tests/kill-save-helper. Prints the counts; exit 1 if
# any file was unreadable or neither version, or temporaries were left.
set -u

helper="$1"
trials="${2:-100}"
dir="$(mktemp -d "${TMPDIR:-/tmp}/stackup-kill-XXXXXX")"
trap 'rm -rf "$dir"' EXIT
file="$dir/big.stackup"

"$helper" init "$file" || exit 1
old=0 new=0 bad=0 max_temps=0 mid_write=0
for ((i = 1; i <= trials; i++)); do
  "$helper" loop "$file" &
  pid=$!
  # 0 to 599 ms: from before the first save starts to several saves in.
  sleep "0.$(printf '%03d' $((RANDOM % 600)))"
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null
  result="$("$helper" verify "$file")"
  case "$result" in
    old) old=$((old + 1)) ;;
    new) new=$((new + 1)) ;;
    *) bad=$((bad + 1)); echo "trial $i: $result" ;;
  esac
  temps=$(find "$dir" -name '.big.stackup.stackup-*' | wc -l)
  ((temps > max_temps)) && max_temps=$temps
  # A new temporary (younger than the file) means the kill hit a write.
  [[ -n "$(find "$dir" -name '.big.stackup.stackup-*' -newer "$file")" ]] && mid_write=$((mid_write + 1))
done
# One complete save removes whatever the kills left behind.
"$helper" init "$file" || exit 1
left=$(find "$dir" -name '.big.stackup.*' | wc -l)

echo "kill-during-save: $trials kills ($mid_write during a write): $old old, $new new," \
     "$bad unreadable or mixed; at most $max_temps temporaries after a kill; $left left after the next save"
[[ $bad -eq 0 && $left -eq 0 ]]
