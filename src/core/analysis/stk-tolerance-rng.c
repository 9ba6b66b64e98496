/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup"

#include "stk-tolerance-private.h"

#include <math.h>

#define ZIG_LAYERS 128
#define ZIG_R 3.442619855899
#define ZIG_V 9.91256303526217e-3

guint32 _stk_zig_k[ZIG_LAYERS];
double _stk_zig_w[ZIG_LAYERS];
static double zig_f[ZIG_LAYERS];

guint64
_stk_rng_mix (guint64 x)
{
  guint64 z = x + 0x9e3779b97f4a7c15ull;

  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

/* Marsaglia and Tsang's 128-layer tables, built once. */
static gpointer
build_tables (gpointer data)
{
  const double m = 2147483648.0; /* 2³¹ */
  double d = ZIG_R, t = ZIG_R;
  double q = ZIG_V / exp (-0.5 * d * d);

  _stk_zig_k[0] = (guint32) ((d / q) * m);
  _stk_zig_k[1] = 0;
  _stk_zig_w[0] = q / m;
  _stk_zig_w[ZIG_LAYERS - 1] = d / m;
  zig_f[0] = 1.0;
  zig_f[ZIG_LAYERS - 1] = exp (-0.5 * d * d);
  for (int i = ZIG_LAYERS - 2; i >= 1; i--)
    {
      d = sqrt (-2.0 * log (ZIG_V / d + exp (-0.5 * d * d)));
      _stk_zig_k[i + 1] = (guint32) ((d / t) * m);
      t = d;
      zig_f[i] = exp (-0.5 * d * d);
      _stk_zig_w[i] = d / m;
    }
  return NULL;
}

void
_stk_rng_seed (StkRng  *rng,
               guint64  seed)
{
  static GOnce once = G_ONCE_INIT;
  guint64 x = seed;

  g_once (&once, build_tables, NULL);
  for (int i = 0; i < 4; i++)
    {
      rng->s[i] = _stk_rng_mix (x);
      x += 0x9e3779b97f4a7c15ull;
    }
}

/* The rare case: the draw u fell outside its layer's rectangle core. */
double
_stk_rng_normal_slow (StkRng  *rng,
                      guint64  u)
{
  for (;; u = _stk_rng_next (rng))
    {
      guint iz = u & (ZIG_LAYERS - 1);
      gint32 hz = (gint32) (u >> 32);
      guint32 mag = hz < 0 ? (guint32) (-(gint64) hz) : (guint32) hz;
      double x = hz * _stk_zig_w[iz];

      if (mag < _stk_zig_k[iz])
        return x;
      if (iz == 0)
        {
          /* the tail beyond R */
          double xt, y;

          do
            {
              xt = -log (1.0 - _stk_rng_uniform (rng)) / ZIG_R;
              y = -log (1.0 - _stk_rng_uniform (rng));
            }
          while (y + y < xt * xt);
          return hz > 0 ? ZIG_R + xt : -ZIG_R - xt;
        }
      if (zig_f[iz] + _stk_rng_uniform (rng) * (zig_f[iz - 1] - zig_f[iz]) < exp (-0.5 * x * x))
        return x;
    }
}
