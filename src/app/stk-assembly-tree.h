/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-catalog.h"
#include "stk-i18n.h"
#include "stk-project.h"

G_BEGIN_DECLS

/* The sidebar's assembly: the base board, the connectors on it, the boards
 * they carry, their connectors, and so on; boards joined to nothing and
 * connectors that place nothing are listed too, with the reason. It follows
 * the project's ::changed notifications by itself, updating only the rows
 * that changed. Choosing a row emits ::select (board id or mate id, the
 * other NULL); "Add connector" asks what the connector joins
 * (StkConnectorDialog) and selects it. */
#define STK_TYPE_ASSEMBLY_TREE (stk_assembly_tree_get_type ())
G_DECLARE_FINAL_TYPE (StkAssemblyTree, stk_assembly_tree, STK, ASSEMBLY_TREE, GtkWidget)

GtkWidget *stk_assembly_tree_new         (void);
void       stk_assembly_tree_set_project (StkAssemblyTree *self,
                                          StkProject      *project,
                                          StkCatalog      *catalog);
void       stk_assembly_tree_set_units   (StkAssemblyTree *self,
                                          StkUnits         units);
/* Shows what the window selected (no ::select); NULL, NULL: nothing. */
void       stk_assembly_tree_select      (StkAssemblyTree *self,
                                          const char      *board_id,
                                          const char      *mate_id);

G_END_DECLS
