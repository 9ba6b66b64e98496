/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check-item"

#include "stk-config.h"

#include "stk-check-item.h"

struct _StkCheckItem
{
  GObject               parent_instance;

  GPtrArray            *results;
  const StkCheckResult *result;
  guint                 order;
};

G_DEFINE_FINAL_TYPE (StkCheckItem, stk_check_item, G_TYPE_OBJECT)

static void
stk_check_item_finalize (GObject *object)
{
  StkCheckItem *self = STK_CHECK_ITEM (object);

  g_clear_pointer (&self->results, g_ptr_array_unref);

  G_OBJECT_CLASS (stk_check_item_parent_class)->finalize (object);
}

static void
stk_check_item_class_init (StkCheckItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = stk_check_item_finalize;
}

static void
stk_check_item_init (StkCheckItem *self)
{
}

StkCheckItem *
stk_check_item_new (GPtrArray            *results,
                    const StkCheckResult *result,
                    guint                 order)
{
  StkCheckItem *self;

  g_return_val_if_fail (results != NULL && result != NULL, NULL);

  self = g_object_new (STK_TYPE_CHECK_ITEM, NULL);
  self->results = g_ptr_array_ref (results);
  self->result = result;
  self->order = order;
  return self;
}

const StkCheckResult *
stk_check_item_get_result (StkCheckItem *self)
{
  g_return_val_if_fail (STK_IS_CHECK_ITEM (self), NULL);
  return self->result;
}

guint
stk_check_item_get_order (StkCheckItem *self)
{
  g_return_val_if_fail (STK_IS_CHECK_ITEM (self), 0);
  return self->order;
}
