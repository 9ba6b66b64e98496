#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A second DXF reader (ezdxf, Debian's python3-ezdxf) reads every example's
exported drawing strictly: R2000, millimetres, an audit with no error, text as
TEXT entities, lettering that prints 1.8, 2.5 or 3.5 mm high at the sheet's
scale, and the phone's socket as wide as the catalog says (geometry at 1:1).
    check-dxf.py STACKUP_CLI EXAMPLES_DIR"""
import os
import re
import subprocess
import sys
import tempfile

import ezdxf

cli, examples = sys.argv[1], sys.argv[2]
problems = []

with tempfile.TemporaryDirectory() as tmp:
    for name in sorted(os.listdir(examples)):
        if not name.endswith(".stackup"):
            continue
        out = os.path.join(tmp, name.replace(".stackup", ".dxf"))
        subprocess.run([cli, "export", os.path.join(examples, name), "--drawing", out],
                       check=True, capture_output=True)
        doc = ezdxf.readfile(out)  # strict: raises on a malformed file
        auditor = doc.audit()
        msp = doc.modelspace()
        texts = [e.dxf.text for e in msp.query("TEXT")]
        if doc.dxfversion != "AC1015":
            problems.append(f"{name}: version {doc.dxfversion}, not AC1015 (R2000)")
        if doc.header.get("$INSUNITS") != 4 or doc.units != 4:
            problems.append(f"{name}: units {doc.header.get('$INSUNITS')}, not 4 (mm)")
        if auditor.has_errors:
            problems.append(f"{name}: audit errors {[e.message for e in auditor.errors]}")
        if not any("socket AX" in t for t in texts):
            problems.append(f"{name}: no TEXT names a socket part number")
        print(f"{name}: {doc.dxfversion}, $INSUNITS {doc.header.get('$INSUNITS')}, "
              f"{len(msp)} entities, {len(texts)} texts, audit errors {len(auditor.errors)}")
        # Model space at 1:1: lettering is 2.5 mm (titles 3.5 mm, title block
        # field names 1.8 mm) on paper, so its height times the sheet scale
        # written in the title block is one of those.
        ratios = [t for t in texts if re.fullmatch(r"\d+(\.\d+)?:\d+(\.\d+)?", t)]
        if not ratios:
            problems.append(f"{name}: no scale in the title block")
        else:
            a, b = (float(x) for x in ratios[0].split(":"))
            heights = {round(e.dxf.height * a / b, 3) for e in msp.query("TEXT")}
            if not heights <= {1.8, 2.5, 3.5}:
                problems.append(f"{name}: lettering {sorted(heights)} mm on paper at {ratios[0]}")
        if name == "phone.stackup":
            # A4S 20 pins: socket A = 0.2 n + 2.50 = 6.50 mm (A4S dimension table).
            widths = []
            for e in msp.query('LWPOLYLINE[layer=="J1_DISPLAY_SOCKET"]'):
                xs = [p[0] for p in e.get_points("xy")]
                widths.append(max(xs) - min(xs))
            if not widths or abs(max(widths) - 6.5) > 1e-4:
                problems.append(f"phone: socket outline {max(widths, default=None)} mm wide, not 6.5")
            if "J1 display socket AXE520127" not in texts:
                problems.append("phone: no TEXT 'J1 display socket AXE520127' (its section)")

for p in problems:
    print(f"FAIL: {p}", file=sys.stderr)
sys.exit(1 if problems else 0)
