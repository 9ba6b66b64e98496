/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project"

#include "stk-config.h"

#include "stk-project.h"

/* The project's requirements: what a new project starts from. */

void
stk_requirements_init_defaults (StkRequirements *req)
{
  req->alignment_tolerance_mm = 0.05;
  /* Mating cycles a product's connector sees, as an engineer would budget
   * them (docs/checks.md, "Default mating cycles"): mated once in assembly,
   * three rework allowances, two test stations, five services; 11 in all,
   * well inside both catalogs' insertion and removal life. */
  req->cycles_assembly = 1;
  req->cycles_rework = 3;
  req->cycles_test = 2;
  req->cycles_service = 5;
  req->ambient_min_c = -20;
  req->ambient_max_c = 60;
  req->reflow_peak_c = 250;
  req->iron_temp_c = 300;
  req->iron_time_s = 3;
  req->current_derating = 0.8;
  req->clearance_margin_mm = 0.1;
  req->capture_allowance_set = FALSE;
  req->capture_allowance_mm = 0.15;
  /* A store room, the parts on their reels: within both catalogs' −40 to
   * +50 °C for emboss packing. */
  req->storage_min_c = 5;
  req->storage_max_c = 35;
  req->storage_packed = TRUE;
}

guint
stk_requirements_total_cycles (const StkRequirements *req)
{
  return req->cycles_assembly + req->cycles_rework + req->cycles_test + req->cycles_service;
}
