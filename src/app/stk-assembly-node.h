/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One row of the assembly tree: a board or a connector (mate), known by
 * its id, with what the row shows and the rows under it. A node lives as
 * long as its board or mate: edits update its text and its children in
 * place, so rows that did not change keep their widgets and expansion. */
#define STK_TYPE_ASSEMBLY_NODE (stk_assembly_node_get_type ())
G_DECLARE_FINAL_TYPE (StkAssemblyNode, stk_assembly_node, STK, ASSEMBLY_NODE, GObject)

StkAssemblyNode *stk_assembly_node_new          (const char      *id,
                                                 gboolean         is_mate);
const char      *stk_assembly_node_get_id       (StkAssemblyNode *self);
gboolean         stk_assembly_node_is_mate      (StkAssemblyNode *self);
/* StkAssemblyNode items, owned by the node. */
GListStore      *stk_assembly_node_get_children (StkAssemblyNode *self);
const char      *stk_assembly_node_get_kind     (StkAssemblyNode *self);
const char      *stk_assembly_node_get_title    (StkAssemblyNode *self);
const char      *stk_assembly_node_get_detail   (StkAssemblyNode *self);
/* Notifies each of "kind", "title", "detail" that changed. */
void             stk_assembly_node_set_text     (StkAssemblyNode *self,
                                                 const char      *kind,
                                                 const char      *title,
                                                 const char      *detail);

/* What the placement said of it when it was last described, kept so that
 * an edit of a member that cannot change it (a board's thickness, a
 * connector's pin count) redescribes one row without placing the whole
 * assembly: for a board 0 (not joined to the base board), 1 (placed) or 2
 * (the base board); for a connector its StkMateStatus. */
int              stk_assembly_node_get_place    (StkAssemblyNode *self);
void             stk_assembly_node_set_place    (StkAssemblyNode *self,
                                                 int              place);

G_END_DECLS
