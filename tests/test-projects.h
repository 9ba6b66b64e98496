/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-drawing.h"
#include "stk-project.h"

/* Projects built in code for the drawing tests and benchmark. */
StkProject *test_project_p4_a4s   (void);
StkProject *test_project_largest  (void);
StkProject *test_project_many     (guint n);
/* A base board n_daughters × pitch mm long carrying n_daughters daughter
 * boards pitch apart (P4 40-pin pairs at 1.5 mm), each carrying n_fpcs FPCs
 * side by side 10 mm apart (A4S 20-pin pairs at 0.8 mm), outlines set so
 * that nothing collides. */
StkProject *test_project_assembly (guint  n_daughters,
                                   guint  n_fpcs,
                                   double pitch);

/* The first text primitive that says exactly text, or NULL. */
const StkPrim *test_find_text (const StkDrawing *d,
                               const char       *text);

/* The RGB of an image surface's pixel at (x, y) mm, at px_per_mm. */
guint32 test_pixel (cairo_surface_t *s,
                    double           x_mm,
                    double           y_mm,
                    double           px_per_mm);
