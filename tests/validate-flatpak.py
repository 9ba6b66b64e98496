#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifest cannot be built here (no network for the runtime), so
its structure is checked: it parses, names the app ID and a GNOME runtime,
builds this meson project with options that exist, and asks for no more of
the sandbox than a GNOME app that opens, saves and prints through portals.
    validate-flatpak.py MANIFEST SOURCE_ROOT"""
import json
import re
import sys

manifest_path, source_root = sys.argv[1], sys.argv[2]
APP_ID = "io.github.stackup.Stackup"
ALLOWED = {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"}
problems = []

with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)

def need(cond, what):
    if not cond:
        problems.append(what)

need(manifest.get("id", manifest.get("app-id")) == APP_ID, f"id is not {APP_ID}")
need(manifest.get("runtime") == "org.gnome.Platform", "runtime is not org.gnome.Platform")
need(manifest.get("sdk") == "org.gnome.Sdk", "sdk is not org.gnome.Sdk")
need(re.fullmatch(r"[0-9]{2,}", str(manifest.get("runtime-version", ""))) is not None,
     "runtime-version is not a GNOME release number")
need(manifest.get("command") == "stackup", "command is not stackup")

args = manifest.get("finish-args", [])
need(set(args) == ALLOWED, f"finish-args {sorted(args)} are not exactly {sorted(ALLOWED)}")
for arg in args:
    need(not arg.startswith(("--filesystem", "--talk-name", "--system-talk-name", "--share=network",
                             "--device=all", "--socket=x11", "--socket=session-bus")),
         f"broad permission {arg}")

modules = manifest.get("modules", [])
need(len(modules) >= 1, "no modules")
if modules:
    app = modules[-1]
    need(app.get("name") == "stackup", "the last module is not stackup")
    need(app.get("buildsystem") == "meson", "the stackup module is not built with meson")
    sources = app.get("sources", [])
    need(any(s.get("type") in ("dir", "git") for s in sources), "the stackup module has no source")
    with open(f"{source_root}/meson_options.txt", encoding="utf-8") as f:
        options = set(re.findall(r"option\(\s*'([^']+)'", f.read()))
    builtin = {"buildtype", "prefix", "libdir", "b_sanitize", "b_lto", "optimization", "debug"}
    for opt in app.get("config-opts", []):
        m = re.fullmatch(r"-D([A-Za-z0-9_-]+)=(.+)", opt)
        need(m is not None, f"config-opt {opt} is not -Dname=value")
        if m:
            need(m.group(1) in options or m.group(1) in builtin,
                 f"config-opt {m.group(1)} is not in meson_options.txt")

if problems:
    for p in problems:
        print(f"FAIL: {p}", file=sys.stderr)
    sys.exit(1)
print(f"PASS: {manifest_path}: {APP_ID} on org.gnome.Platform {manifest['runtime-version']}, "
      f"finish-args {', '.join(args)}")
