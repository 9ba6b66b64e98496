/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "stk-tolerance-spec.h"  /* StkTolDistribution */

G_BEGIN_DECLS

/* xoshiro256** seeded through splitmix64: integer arithmetic only, so one
 * seed gives the same stream on every platform. */
typedef struct {
  guint64 s[4];
} StkRng;

void    _stk_rng_seed     (StkRng  *rng,
                           guint64  seed);
/* splitmix64 step: derives independent seeds (one per connector). */
guint64 _stk_rng_mix      (guint64  x);

static inline guint64
_stk_rng_rotl (guint64 x,
               int     k)
{
  return (x << k) | (x >> (64 - k));
}

static inline guint64
_stk_rng_next (StkRng *rng)
{
  guint64 *s = rng->s;
  guint64 result = _stk_rng_rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = _stk_rng_rotl (s[3], 45);
  return result;
}

/* Uniform on [0, 1), 53 bits. */
static inline double
_stk_rng_uniform (StkRng *rng)
{
  return (double) (_stk_rng_next (rng) >> 11) * 0x1.0p-53;
}

/* Standard normal by the ziggurat (Marsaglia and Tsang), layer index and
 * value taken from different bits of one draw; the common case inline. */
extern guint32 _stk_zig_k[128];
extern double _stk_zig_w[128];
double  _stk_rng_normal_slow (StkRng  *rng,
                              guint64  u);

static inline double
_stk_rng_normal (StkRng *rng)
{
  guint64 u = _stk_rng_next (rng);
  guint iz = u & 127;
  gint32 hz = (gint32) (u >> 32);
  guint32 mag = hz < 0 ? (guint32) (-(gint64) hz) : (guint32) hz;

  if (G_LIKELY (mag < _stk_zig_k[iz]))
    return hz * _stk_zig_w[iz];
  return _stk_rng_normal_slow (rng, u);
}

/* A point of the unit disc, by rejection from the square, both coordinates
 * from one draw: tested in integers (x, y in [−2³¹, 2³¹), x² + y² ≤ 2⁶²
 * exactly) and converted once accepted, so the rejected draws, one in
 * five, cost no conversion. */
static inline void
_stk_rng_disc (StkRng *rng,
               double  out[2])
{
  gint64 x, y;

  do
    {
      guint64 u = _stk_rng_next (rng);

      x = (gint64) (guint32) (u >> 32) - G_GINT64_CONSTANT (0x80000000);
      y = (gint64) (guint32) u - G_GINT64_CONSTANT (0x80000000);
    }
  while ((guint64) (x * x) + (guint64) (y * y) > G_GUINT64_CONSTANT (0x4000000000000000));
  out[0] = (double) x * 0x1.0p-31;
  out[1] = (double) y * 0x1.0p-31;
}

/* One draw of a distribution's standard form: normal N(0, 1), uniform and
 * triangular on [−1, 1], a point of the unit disc (both coordinates). */
static inline void
_stk_rng_draw (StkRng             *rng,
               StkTolDistribution  dist,
               double              out[2])
{
  switch (dist)
    {
    case STK_TOL_NORMAL:
      out[0] = _stk_rng_normal (rng);
      break;
    case STK_TOL_UNIFORM:
      out[0] = 2.0 * _stk_rng_uniform (rng) - 1.0;
      break;
    case STK_TOL_TRIANGULAR:
      {
        /* two 32-bit uniforms from one draw: half the generator's work,
         * and 2⁻³² steps are far finer than any tolerance */
        guint64 u = _stk_rng_next (rng);

        out[0] = ((double) (u >> 32) + (double) (u & 0xffffffffu)) * 0x1.0p-32 - 1.0;
      }
      break;
    case STK_TOL_RADIAL:
      _stk_rng_disc (rng, out);
      break;
    default:
      g_assert_not_reached ();
    }
}

G_END_DECLS
