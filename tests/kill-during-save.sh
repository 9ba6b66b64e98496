#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kill-during-save trial: a program saves a big project (two versions in
# turn) in a loop and is killed with SIGKILL at a random moment, TRIALS times.
# After each kill the file must load and be exactly the old or the new
# version. After a final successful save no temporary file may remain.
#   tests/kill-during-save.sh HELPER [TRIALS [hardlink]]
# HELPER is the built tests/kill-save-helper. With "hardlink" the file has a
# second name, so it is rewritten in place (not atomic): a kill in that
# window leaves a mixed file, and then the temporary must hold the complete
# new text; the two names must stay one file.
# Prints the counts; exit 1 if anything was lost or temporaries were left.
set -u

helper="$1"
trials="${2:-100}"
mode="${3:-}"
dir="$(mktemp -d "${TMPDIR:-/tmp}/stackup-kill-XXXXXX")"
trap 'rm -rf "$dir"' EXIT
file="$dir/big.stackup"

"$helper" init "$file" || exit 1
[[ "$mode" == hardlink ]] && ln "$file" "$dir/other-name.stackup"
old=0 new=0 bad=0 recoverable=0 max_temps=0 mid_write=0
for ((i = 1; i <= trials; i++)); do
  "$helper" loop "$file" &
  pid=$!
  # 0 to 599 ms: from before the first save starts to several saves in.
  sleep "0.$(printf '%03d' $((RANDOM % 600)))"
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null
  temps=$(find "$dir" -name '.big.stackup.stackup-*' | wc -l)
  ((temps > max_temps)) && max_temps=$temps
  # A new temporary (younger than the file) means the kill hit a write.
  [[ -n "$(find "$dir" -name '.big.stackup.stackup-*' -newer "$file")" ]] && mid_write=$((mid_write + 1))
  result="$("$helper" verify "$file")"
  case "$result" in
    old) old=$((old + 1)) ;;
    new) new=$((new + 1)) ;;
    *)
      saved=no
      for t in "$dir"/.big.stackup.stackup-*; do
        [[ -f "$t" ]] && [[ "$("$helper" verify "$t")" =~ ^(old|new)$ ]] && saved=yes
      done
      if [[ "$mode" == hardlink && "$saved" == yes ]]; then
        recoverable=$((recoverable + 1))
      else
        bad=$((bad + 1)); echo "trial $i: $result"
      fi ;;
  esac
  if [[ "$mode" == hardlink && "$(stat -c %h "$file")" != 2 ]]; then
    bad=$((bad + 1)); echo "trial $i: the hard link was broken"
  fi
done
# One complete save removes whatever the kills left behind.
"$helper" init "$file" || exit 1
left=$(find "$dir" -name '.big.stackup.*' | wc -l)

echo "kill-during-save${mode:+ ($mode)}: $trials kills ($mid_write during a write): $old old, $new new," \
     "$recoverable mixed with the complete new text in the temporary, $bad lost;" \
     "at most $max_temps temporaries after a kill; $left left after the next save"
[[ $bad -eq 0 && $left -eq 0 ]]
