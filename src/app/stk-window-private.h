/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-assembly-tree.h"
#include "stk-board-editor.h"
#include "stk-canvas.h"
#include "stk-cuts-popover.h"
#include "stk-catalog.h"
#include "stk-checks-panel.h"
#include "stk-explorer-panel.h"
#include "stk-tolerance-panel.h"
#include "stk-mate-editor.h"
#include "stk-requirements-editor.h"
#include "stk-window.h"

G_BEGIN_DECLS

struct _StkWindow
{
  GtkApplicationWindow   parent_instance;

  /* Template children */
  GtkLabel              *title_label;
  GtkLabel              *subtitle_label;
  StkAssemblyTree       *assembly_tree;
  GtkStack              *editor_stack;
  GtkStack              *sidebar_stack;
  StkMateEditor         *mate_editor;
  GtkBox                *board_slot;
  GtkScrolledWindow     *requirements_scroller;
  GtkBox                *explorer_slot;
  GtkBox                *tolerance_slot;
  GMenu                 *recent_section;
  GMenuModel            *primary_menu;
  GtkMenuButton         *primary_menu_button;
  GtkRevealer           *notice_revealer;
  GtkLabel              *notice_label;
  guint                  notice_timeout;
  StkCanvas             *canvas;
  StkCutsPopover        *cuts_popover;
  StkChecksPanel        *checks_panel;
  GtkPaned              *checks_paned;

  /* Built the first time they show (NULL until then): start-up builds only
   * what the first frame shows. */
  StkBoardEditor        *board_editor;
  StkRequirementsEditor *requirements_editor;
  StkExplorerPanel      *explorer_panel;
  StkTolerancePanel     *tolerance_panel;

  GSettings             *settings;
  StkCatalog            *catalog;
  StkProject            *project;   /* one object for the window's life; loading assigns into it */
  GFile                 *file;
  gboolean               modified;
  /* A file read for opening, while "Save Changes?" asks about this one. */
  StkProject            *pending_project;
  GFile                 *pending_file;

  /* Undo: snapshot is the state after the last edit; the next edit pushes it. */
  StkProject            *snapshot;
  GPtrArray             *undo_stack;
  GPtrArray             *redo_stack;
  /* The window's own ::changed handler, which records edits for undo: held
   * back while undo, redo or loading replace the project's content. */
  gulong                 changed_handler;
  /* Typing in one field is one undo step: the field, its text and the time
   * of the last edit of the current burst (weak; NULL when no burst). */
  GtkWidget             *burst_field;
  char                  *burst_text;
  /* The undo snapshot that is the file as saved or opened (weak: gone when
   * an edit in a burst or the undo limit drops it, or cleared when the
   * window's version differs from the file whatever it holds). Snapshots
   * move between the undo and redo stacks as they are, so undo or redo back
   * to this one makes the window unmodified again. */
  StkProject            *saved_state;
  gint64                 burst_time;

  GtkPrintSettings      *print_settings;

  char                  *selected_board;
  char                  *selected_mate;
  gboolean               close_confirmed;

  /* Autosave (stk-window-autosave.c): the draft of the unsaved edits,
   * written autosave_timeout after the last edit. */
  guint                  autosave_timeout;
  char                  *draft_id;          /* NULL until one is written */
  GtkInfoBar            *recovery_bar;
  GtkListBox            *recovery_list;
  GPtrArray             *offered_drafts;    /* StkDraft, one a row of recovery_list */

  /* The file on disk (stk-window-disk.c): SHA-256 of its content as this
   * window last read or wrote it (NULL: none, or unreadable). */
  GFileMonitor          *monitor;
  char                  *disk_sum;
  GtkInfoBar            *disk_bar;
  /* The file Export… last wrote, offered to open (stk-window-output.c). */
  GtkInfoBar            *export_bar;
  GtkLabel              *export_label;
  GFile                 *exported;
  GtkLabel              *disk_label;
  GtkWidget             *disk_reload_button;
  /* The lists and editors are bound to the project: FALSE until the first
   * refresh, which loading a file does, or else realizing the window. */
  gboolean               synced;
};

typedef void (*StkWindowContinue) (StkWindow *self,
                                   gpointer   user_data);

/* stk-window.c */
/* After the project's content was replaced (undo, loading) or saved: the
 * window's own state (selection, title, actions). The editors, lists and
 * panels follow the project by themselves. */
void     _stk_window_refresh             (StkWindow         *self);
/* Replaces the project's content with other's without recording an edit. */
void     _stk_window_assign_project      (StkWindow         *self,
                                          StkProject        *other);
void     _stk_window_update_title        (StkWindow         *self);
/* Says what an edit did beyond the obvious, with Undo, until the next edit
 * or a few seconds have passed. */
void     _stk_window_show_notice         (StkWindow         *self,
                                          const char        *text);
void     _stk_window_hide_notice         (StkWindow         *self);
void     _stk_window_select              (StkWindow         *self,
                                          const char        *board_id,
                                          const char        *mate_id);

/* stk-window-document.c */
void     _stk_window_reset_history       (StkWindow         *self);
void     _stk_window_record_edit         (StkWindow         *self);
void     _stk_window_undo                (StkWindow         *self);
void     _stk_window_redo                (StkWindow         *self);
void     _stk_window_set_document        (StkWindow         *self,
                                          StkProject        *project,
                                          GFile             *file);
gboolean _stk_window_save_to             (StkWindow         *self,
                                          GFile             *file);
void     _stk_window_save                (StkWindow         *self,
                                          StkWindowContinue  then,
                                          gpointer           user_data);
void     _stk_window_save_as             (StkWindow         *self,
                                          StkWindowContinue  then,
                                          gpointer           user_data);
/* Open dialog: choose, then _stk_window_open(). */
void     _stk_window_choose_and_open     (StkWindow         *self);
/* Reads file; if it opens, replaces the document once "Save Changes?" (if
 * anything is unsaved) agrees; if not, says why and changes nothing. */
void     _stk_window_open                (StkWindow         *self,
                                          GFile             *file);
/* Runs then() at once if nothing is unsaved, else after "Save Changes?". */
void     _stk_window_confirm_discard     (StkWindow         *self,
                                          StkWindowContinue  then,
                                          gpointer           user_data);
/* Destroys a dialog of the window that was answered; the window, which
 * what the answer does may then close. */
StkWindow *_stk_window_destroy_answered  (GtkWindow         *dialog);
void     _stk_window_show_error          (StkWindow         *self,
                                          const char        *primary,
                                          const GError      *error);
void     _stk_window_update_recent       (StkWindow         *self);

/* stk-window-output.c */
void     _stk_window_print               (StkWindow         *self);
void     _stk_window_export              (StkWindow         *self);

/* stk-window-autosave.c */
void     _stk_window_class_autosave_init (GtkWidgetClass    *widget_class);
/* After an edit: a draft a few seconds after the last one. */
void     _stk_window_schedule_draft      (StkWindow         *self);
/* Saved or discarded: the draft goes. */
void     _stk_window_drop_draft          (StkWindow         *self);
void     _stk_window_dispose_draft       (StkWindow         *self);

/* stk-window-disk.c */
void     _stk_window_class_disk_init     (GtkWidgetClass    *widget_class);
void     _stk_window_class_output_init   (GtkWidgetClass    *widget_class);
void     _stk_window_init_disk           (StkWindow         *self);
/* The file was (re)read or written: its content is the window's again. */
void     _stk_window_watch_file          (StkWindow         *self);
void     _stk_window_unwatch_file        (StkWindow         *self);
/* Shows or hides the bar as the file on disk is or is not disk_sum's. */
void     _stk_window_check_disk          (StkWindow         *self);
/* Runs then() at once unless another program changed the file since the
 * window last read or wrote it; then only after "Overwrite" (on Cancel,
 * destroy(user_data)). */
void     _stk_window_confirm_overwrite   (StkWindow         *self,
                                          StkWindowContinue  then,
                                          gpointer           user_data,
                                          GDestroyNotify     destroy);

/* stk-window-actions.c */
void     _stk_window_class_actions_init  (GtkWidgetClass    *widget_class);
void     _stk_window_actions_update      (StkWindow         *self);

G_END_DECLS
