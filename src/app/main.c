/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "stk-config.h"

#include "stk-application.h"
#include "stk-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(StkApplication) app = NULL;

  stk_i18n_init ();

  app = stk_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
