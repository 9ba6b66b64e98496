/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-drawing.h"
#include "stk-project.h"

/* Projects built in code for the drawing tests and benchmark. */
StkProject *test_project_p4_a4s   (void);
StkProject *test_project_largest  (void);
StkProject *test_project_many     (guint n);

/* The first text primitive that says exactly text, or NULL. */
const StkPrim *test_find_text (const StkDrawing *d,
                               const char       *text);

/* The RGB of an image surface's pixel at (x, y) mm, at px_per_mm. */
guint32 test_pixel (cairo_surface_t *s,
                    double           x_mm,
                    double           y_mm,
                    double           px_per_mm);
