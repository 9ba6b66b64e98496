/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-record-item"

#include "stk-config.h"

#include "stk-record-item.h"

struct _StkRecordItem
{
  GObject    parent_instance;

  GPtrArray *records;
  guint      index;
};

G_DEFINE_FINAL_TYPE (StkRecordItem, stk_record_item, G_TYPE_OBJECT)

static void
stk_record_item_finalize (GObject *object)
{
  StkRecordItem *self = STK_RECORD_ITEM (object);

  g_clear_pointer (&self->records, g_ptr_array_unref);

  G_OBJECT_CLASS (stk_record_item_parent_class)->finalize (object);
}

static void
stk_record_item_class_init (StkRecordItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = stk_record_item_finalize;
}

static void
stk_record_item_init (StkRecordItem *self)
{
}

StkRecordItem *
stk_record_item_new (GPtrArray *records,
                     guint      index)
{
  StkRecordItem *self;

  g_return_val_if_fail (records != NULL && index < records->len, NULL);

  self = g_object_new (STK_TYPE_RECORD_ITEM, NULL);
  self->records = g_ptr_array_ref (records);
  self->index = index;
  return self;
}

gpointer
stk_record_item_get (StkRecordItem *self)
{
  g_return_val_if_fail (STK_IS_RECORD_ITEM (self), NULL);
  return g_ptr_array_index (self->records, self->index);
}

guint
stk_record_item_get_index (StkRecordItem *self)
{
  g_return_val_if_fail (STK_IS_RECORD_ITEM (self), 0);
  return self->index;
}
