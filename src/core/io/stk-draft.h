/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "stk-project.h"

G_BEGIN_DECLS

/* Drafts: unsaved edits kept in a folder of the user's data, so that a crash
 * or a kill loses at most the last few seconds. A draft is two files named
 * by its id: ID.stackup, an ordinary project file, and ID.json, which says
 * which file the project belongs to (none for an untitled one), when the
 * draft was written and by which process. */
typedef struct {
  char      *id;
  GFile     *project;   /* ID.stackup */
  GFile     *original;  /* the file the edits belong to; NULL if untitled */
  char      *original_sum; /* SHA-256 of that file as the edits started from it, or NULL */
  GDateTime *written;   /* local time */
} StkDraft;

void        stk_draft_free        (StkDraft    *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkDraft, stk_draft_free)

/* The user's drafts folder: $XDG_DATA_HOME/stackup/drafts. */
char       *stk_draft_default_dir (void);
/* A new draft id, unique among drafts. */
char       *stk_draft_new_id      (void);
/* Writes (or replaces) draft id in dir, creating dir if needed: the project
 * first, then its record, each replaced whole (stk-io). original_sum (may
 * be NULL) lets a recovery tell whether the file changed since. */
gboolean    stk_draft_write       (const char  *dir,
                                   const char  *id,
                                   StkProject  *project,
                                   GFile       *original,
                                   const char  *original_sum,
                                   GError     **error);
/* The drafts in dir that no running Stackup is keeping (their writer has
 * ended), newest first; an empty array if there is no folder. Half a draft
 * (a kill between its two writes or removals) is removed. */
GPtrArray  *stk_draft_list        (const char  *dir);
StkProject *stk_draft_load        (const StkDraft *draft,
                                   GError     **error);
/* Removes both files of draft id; nothing to remove is not an error. */
void        stk_draft_remove      (const char  *dir,
                                   const char  *id);

G_END_DECLS
