/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project"

#include "stk-config.h"

#include "stk-enum-private.h"
#include "stk-tolerance-spec.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-error.h"

/* The defaults of the figures the catalogs do not give: Stackup's
 * assumptions, labelled as such, for the user to replace with the
 * drawing's or the fab's figure. */
#define DEFAULT_ROTATION_DEG 0.1
#define DEFAULT_PIN_POSITION_MM 0.05
#define DEFAULT_HOLE_POSITION_MM 0.075

static const StkSource rotation_estimate = {
  STK_PROV_ESTIMATE,
  N_("Stackup's assumption: ±0.1° (3σ) placement rotation of a fine-pitch part on a current mounting line; "
     "the catalogs give none. Enter your line's figure"),
  "medium", N_("placement rotation"),
};
static const StkSource pin_position_estimate = {
  STK_PROV_ESTIMATE,
  N_("Stackup's assumption: ±0.05 mm true position of a machined locating pin; the catalogs give none. "
     "Enter your drawing's figure"),
  "medium", N_("locating-pin position"),
};
static const StkSource hole_position_estimate = {
  STK_PROV_ESTIMATE,
  N_("Stackup's assumption: ±0.075 mm position of a drilled board hole, a common fab capability; the "
     "catalogs give none. Enter your fab's figure"),
  "medium", N_("hole position"),
};
static const StkSource clearance_from_requirements = {
  STK_PROV_USER,
  N_("twice the board-to-board alignment tolerance of the requirements, in the project"),
  NULL, NULL,
};

static const StkEnumName distribution_names[] = {
  { STK_TOL_NORMAL, "normal" }, { STK_TOL_UNIFORM, "uniform" },
  { STK_TOL_TRIANGULAR, "triangular" }, { STK_TOL_RADIAL, "radial" },
};
static const StkEnumName axis_names[] = {
  { STK_TOL_ALONG, "along" }, { STK_TOL_ACROSS, "across" },
  { STK_TOL_ROTATION, "rotation" }, { STK_TOL_PLANE, "plane" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (distribution_names) == STK_TOL_N_DISTRIBUTIONS);
G_STATIC_ASSERT (G_N_ELEMENTS (axis_names) == STK_TOL_N_AXES);

/* Helpers */

static void
contributor_free (gpointer data)
{
  stk_tol_user_contributor_clear (data);
  g_free (data);
}

static void
board_rotation_free (gpointer data)
{
  StkTolBoardRotation *b = data;

  g_free (b->board);
  g_free (b);
}

static StkTolBoardRotation *
find_board_rotation (const StkTolSpec *spec,
                     const char       *board,
                     guint            *index)
{
  for (guint i = 0; board != NULL && i < spec->board_rotations->len; i++)
    {
      StkTolBoardRotation *b = g_ptr_array_index (spec->board_rotations, i);

      if (g_str_equal (b->board, board))
        {
          if (index)
            *index = i;
          return b;
        }
    }
  return NULL;
}

static StkValue
figure (gboolean         set,
        double           value,
        double           fallback,
        const StkSource *estimate)
{
  return set ? (StkValue) { value, stk_source_user () } : (StkValue) { fallback, estimate };
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a && *a ? a : NULL, b && *b ? b : NULL) == 0;
}

static gboolean
contributor_equal (const StkTolUserContributor *a,
                   const StkTolUserContributor *b)
{
  return same_text (a->mate, b->mate) && g_strcmp0 (a->name, b->name) == 0 && a->axis == b->axis
         && a->distribution == b->distribution && a->nominal == b->nominal
         && a->tolerance == b->tolerance && a->k == b->k && a->mean_shift == b->mean_shift
         && same_text (a->group, b->group);
}

static void
tolerance_changed (StkProject *self)
{
  stk_project_changed_one (self, STK_CHANGE_TOLERANCE, NULL);
}

/* Sets an optional figure; TRUE when it changed. */
static gboolean
set_optional (gboolean *set,
              double   *field,
              double    value)
{
  gboolean want = value >= 0;

  if (want == *set && (!want || *field == value))
    return FALSE;
  *set = want;
  *field = want ? value : 0.0;
  return TRUE;
}

/* Spec */

StkTolSpec *
stk_tol_spec_new (void)
{
  StkTolSpec *spec = g_new0 (StkTolSpec, 1);

  spec->samples = STK_TOL_DEFAULT_SAMPLES;
  spec->seed = STK_TOL_DEFAULT_SEED;
  spec->target_ppm = STK_TOL_DEFAULT_TARGET_PPM;
  spec->contributors = g_ptr_array_new_with_free_func (contributor_free);
  spec->board_rotations = g_ptr_array_new_with_free_func (board_rotation_free);
  return spec;
}

StkTolSpec *
stk_tol_spec_copy (const StkTolSpec *spec)
{
  StkTolSpec *copy = g_new0 (StkTolSpec, 1);

  *copy = *spec;
  copy->contributors = g_ptr_array_new_with_free_func (contributor_free);
  for (guint i = 0; i < spec->contributors->len; i++)
    {
      StkTolUserContributor *c = g_new0 (StkTolUserContributor, 1);

      stk_tol_user_contributor_copy (c, g_ptr_array_index (spec->contributors, i));
      g_ptr_array_add (copy->contributors, c);
    }
  copy->board_rotations = g_ptr_array_new_with_free_func (board_rotation_free);
  for (guint i = 0; i < spec->board_rotations->len; i++)
    {
      const StkTolBoardRotation *b = g_ptr_array_index (spec->board_rotations, i);
      StkTolBoardRotation *c = g_new (StkTolBoardRotation, 1);

      c->board = g_strdup (b->board);
      c->rotation_deg = b->rotation_deg;
      g_ptr_array_add (copy->board_rotations, c);
    }
  return copy;
}

void
stk_tol_spec_free (StkTolSpec *spec)
{
  if (spec == NULL)
    return;
  g_ptr_array_unref (spec->contributors);
  g_ptr_array_unref (spec->board_rotations);
  g_free (spec);
}

gboolean
stk_tol_spec_is_default (const StkTolSpec *spec)
{
  return spec->samples == STK_TOL_DEFAULT_SAMPLES && spec->seed == STK_TOL_DEFAULT_SEED
         && spec->target_ppm == STK_TOL_DEFAULT_TARGET_PPM && !spec->rotation_set
         && !spec->pin_position_set && !spec->hole_position_set && !spec->pin_clearance_set
         && spec->contributors->len == 0 && spec->board_rotations->len == 0;
}

StkValue
stk_tol_spec_rotation (const StkTolSpec *spec)
{
  return figure (spec->rotation_set, spec->rotation_deg, DEFAULT_ROTATION_DEG, &rotation_estimate);
}

StkValue
stk_tol_spec_board_rotation (const StkTolSpec *spec,
                             const char       *board)
{
  const StkTolBoardRotation *b = find_board_rotation (spec, board, NULL);

  return b ? (StkValue) { b->rotation_deg, stk_source_user () } : stk_tol_spec_rotation (spec);
}

StkValue
stk_tol_spec_pin_position (const StkTolSpec *spec)
{
  return figure (spec->pin_position_set, spec->pin_position_mm, DEFAULT_PIN_POSITION_MM, &pin_position_estimate);
}

StkValue
stk_tol_spec_hole_position (const StkTolSpec *spec)
{
  return figure (spec->hole_position_set, spec->hole_position_mm, DEFAULT_HOLE_POSITION_MM,
                 &hole_position_estimate);
}

StkValue
stk_tol_spec_pin_clearance (const StkTolSpec      *spec,
                            const StkRequirements *req)
{
  return figure (spec->pin_clearance_set, spec->pin_clearance_mm, 2.0 * fabs (req->alignment_tolerance_mm),
                 &clearance_from_requirements);
}

/* Contributors */

void
stk_tol_user_contributor_init (StkTolUserContributor *c)
{
  *c = (StkTolUserContributor) { .distribution = STK_TOL_NORMAL, .axis = STK_TOL_ACROSS, .k = 3.0 };
}

void
stk_tol_user_contributor_clear (StkTolUserContributor *c)
{
  g_clear_pointer (&c->mate, g_free);
  g_clear_pointer (&c->name, g_free);
  g_clear_pointer (&c->group, g_free);
}

void
stk_tol_user_contributor_copy (StkTolUserContributor       *dest,
                               const StkTolUserContributor *src)
{
  *dest = *src;
  dest->mate = g_strdup (src->mate);
  dest->name = g_strdup (src->name);
  dest->group = g_strdup (src->group);
}

/* Names */

const char *
stk_tol_distribution_to_string (StkTolDistribution distribution)
{
  return _stk_enum_to_string (distribution_names, G_N_ELEMENTS (distribution_names), distribution);
}

gboolean
stk_tol_distribution_from_string (const char         *name,
                                  StkTolDistribution *distribution)
{
  return _stk_enum_from_string (distribution_names, G_N_ELEMENTS (distribution_names), name, (int *) distribution);
}

const char *
stk_tol_axis_to_string (StkTolAxis axis)
{
  return _stk_enum_to_string (axis_names, G_N_ELEMENTS (axis_names), axis);
}

gboolean
stk_tol_axis_from_string (const char *name,
                          StkTolAxis *axis)
{
  return _stk_enum_from_string (axis_names, G_N_ELEMENTS (axis_names), name, (int *) axis);
}

/* Editing through the project */

void
stk_project_set_tolerance_run (StkProject *self,
                               guint64     samples,
                               guint64     seed,
                               double      target_ppm)
{
  StkTolSpec *spec = stk_project_get_tolerance (self);

  g_return_if_fail (samples > 0 && target_ppm >= 0);
  if (spec->samples == samples && spec->seed == seed && spec->target_ppm == target_ppm)
    return;
  spec->samples = samples;
  spec->seed = seed;
  spec->target_ppm = target_ppm;
  tolerance_changed (self);
}

void
stk_project_set_tolerance_rotation (StkProject *self,
                                    double      rotation_deg)
{
  StkTolSpec *spec = stk_project_get_tolerance (self);

  if (set_optional (&spec->rotation_set, &spec->rotation_deg, rotation_deg))
    tolerance_changed (self);
}

void
stk_project_set_tolerance_board_rotation (StkProject *self,
                                          const char *board,
                                          double      rotation_deg)
{
  StkTolSpec *spec = stk_project_get_tolerance (self);
  guint index = 0;
  StkTolBoardRotation *b = find_board_rotation (spec, board, &index);

  g_return_if_fail (board != NULL);
  if (rotation_deg < 0)
    {
      if (b == NULL)
        return;
      g_ptr_array_remove_index (spec->board_rotations, index);
    }
  else if (b != NULL)
    {
      if (b->rotation_deg == rotation_deg)
        return;
      b->rotation_deg = rotation_deg;
    }
  else
    {
      b = g_new (StkTolBoardRotation, 1);
      b->board = g_strdup (board);
      b->rotation_deg = rotation_deg;
      g_ptr_array_add (spec->board_rotations, b);
    }
  tolerance_changed (self);
}

void
stk_project_set_tolerance_fixing (StkProject *self,
                                  double      pin_position_mm,
                                  double      hole_position_mm,
                                  double      pin_clearance_mm)
{
  StkTolSpec *spec = stk_project_get_tolerance (self);
  gboolean changed = set_optional (&spec->pin_position_set, &spec->pin_position_mm, pin_position_mm);

  changed |= set_optional (&spec->hole_position_set, &spec->hole_position_mm, hole_position_mm);
  changed |= set_optional (&spec->pin_clearance_set, &spec->pin_clearance_mm, pin_clearance_mm);
  if (changed)
    tolerance_changed (self);
}

guint
stk_project_add_tolerance_contributor (StkProject                  *self,
                                       const StkTolUserContributor *c)
{
  StkTolSpec *spec = stk_project_get_tolerance (self);
  StkTolUserContributor *copy = g_new0 (StkTolUserContributor, 1);

  stk_tol_user_contributor_copy (copy, c);
  g_ptr_array_add (spec->contributors, copy);
  tolerance_changed (self);
  return spec->contributors->len - 1;
}

gboolean
stk_tol_contributor_name_check (const char  *name,
                                GError     **error)
{
  if (name == NULL || *name == '\0' || g_utf8_strlen (name, -1) > STK_TOL_NAME_MAX)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   _("A contributor's name must be 1 to %d characters long"), STK_TOL_NAME_MAX);
      return FALSE;
    }
  return TRUE;
}

gboolean
stk_project_set_tolerance_contributor (StkProject                  *self,
                                       guint                        index,
                                       const StkTolUserContributor *c,
                                       GError                     **error)
{
  StkTolSpec *spec = stk_project_get_tolerance (self);
  StkTolUserContributor *old;

  g_return_val_if_fail (index < spec->contributors->len, FALSE);
  if (!stk_tol_contributor_name_check (c->name, error))
    return FALSE;
  old = g_ptr_array_index (spec->contributors, index);
  if (contributor_equal (old, c))
    return TRUE;
  stk_tol_user_contributor_clear (old);
  stk_tol_user_contributor_copy (old, c);
  tolerance_changed (self);
  return TRUE;
}

void
stk_project_remove_tolerance_contributor (StkProject *self,
                                          guint       index)
{
  StkTolSpec *spec = stk_project_get_tolerance (self);

  g_return_if_fail (index < spec->contributors->len);
  g_ptr_array_remove_index (spec->contributors, index);
  tolerance_changed (self);
}
