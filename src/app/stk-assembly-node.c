/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-assembly-node"

#include "stk-config.h"

#include "stk-assembly-node.h"

struct _StkAssemblyNode
{
  GObject     parent_instance;

  char       *id;
  gboolean    is_mate;
  GListStore *children;
  char       *kind;
  char       *title;
  char       *detail;
  int         place;
};

G_DEFINE_FINAL_TYPE (StkAssemblyNode, stk_assembly_node, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_DETAIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_field (StkAssemblyNode *self,
           char           **field,
           const char      *value,
           guint            prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
stk_assembly_node_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StkAssemblyNode *self = STK_ASSEMBLY_NODE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stk_assembly_node_finalize (GObject *object)
{
  StkAssemblyNode *self = STK_ASSEMBLY_NODE (object);

  g_free (self->id);
  g_clear_object (&self->children);
  g_free (self->kind);
  g_free (self->title);
  g_free (self->detail);

  G_OBJECT_CLASS (stk_assembly_node_parent_class)->finalize (object);
}

static void
stk_assembly_node_class_init (StkAssemblyNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = stk_assembly_node_get_property;
  object_class->finalize = stk_assembly_node_finalize;
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stk_assembly_node_init (StkAssemblyNode *self)
{
  self->children = g_list_store_new (STK_TYPE_ASSEMBLY_NODE);
}

StkAssemblyNode *
stk_assembly_node_new (const char *id,
                       gboolean    is_mate)
{
  StkAssemblyNode *self = g_object_new (STK_TYPE_ASSEMBLY_NODE, NULL);

  self->id = g_strdup (id);
  self->is_mate = is_mate;
  return self;
}

const char *
stk_assembly_node_get_id (StkAssemblyNode *self)
{
  g_return_val_if_fail (STK_IS_ASSEMBLY_NODE (self), NULL);
  return self->id;
}

gboolean
stk_assembly_node_is_mate (StkAssemblyNode *self)
{
  g_return_val_if_fail (STK_IS_ASSEMBLY_NODE (self), FALSE);
  return self->is_mate;
}

GListStore *
stk_assembly_node_get_children (StkAssemblyNode *self)
{
  g_return_val_if_fail (STK_IS_ASSEMBLY_NODE (self), NULL);
  return self->children;
}

const char *
stk_assembly_node_get_kind (StkAssemblyNode *self)
{
  return self->kind;
}

const char *
stk_assembly_node_get_title (StkAssemblyNode *self)
{
  return self->title;
}

const char *
stk_assembly_node_get_detail (StkAssemblyNode *self)
{
  return self->detail;
}

void
stk_assembly_node_set_text (StkAssemblyNode *self,
                            const char      *kind,
                            const char      *title,
                            const char      *detail)
{
  g_return_if_fail (STK_IS_ASSEMBLY_NODE (self));
  set_field (self, &self->kind, kind, PROP_KIND);
  set_field (self, &self->title, title, PROP_TITLE);
  set_field (self, &self->detail, detail, PROP_DETAIL);
}

int
stk_assembly_node_get_place (StkAssemblyNode *self)
{
  g_return_val_if_fail (STK_IS_ASSEMBLY_NODE (self), 0);
  return self->place;
}

void
stk_assembly_node_set_place (StkAssemblyNode *self,
                             int              place)
{
  g_return_if_fail (STK_IS_ASSEMBLY_NODE (self));
  self->place = place;
}
