/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

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

G_END_DECLS
