/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  STK_NET_SIGNAL,
  STK_NET_SUPPLY,
  STK_NET_GROUND,
} StkNetKind;

/* Which face of a board a connector sits on. The board on the other side
 * of a mate lies above the socket board when the socket is on its top face. */
typedef enum {
  STK_FACE_TOP,
  STK_FACE_BOTTOM,
} StkFace;

typedef struct {
  char      *name;
  StkNetKind kind;
  double     current_a;  /* total current the net carries through the connector */
  double     voltage_v;  /* highest voltage on the net */
} StkNet;

/* One mated socket/header pair joining two boards. */
typedef struct {
  char      *id;            /* first member: the project indexes it */
  char      *name;
  char      *series;         /* "P4", "A4S" */
  double     mated_height_mm;
  guint      pins;
  char      *packaging;      /* "embossed", "8mm", "4mm" */
  /* Both parts are the inspection-use type (A4S: AXE5E**26 / AXE6E**26), for
   * a test fixture: same dimensions as the standard row above, 3,000
   * cycles, and a mated height the catalog does not state. */
  gboolean   inspection;
  char      *socket_board;   /* board ids */
  char      *header_board;
  double     x_mm;           /* socket centre on the socket board */
  double     y_mm;
  double     rotation_deg;   /* of the socket on its board: 0, 90, 180 or 270 */
  StkFace    face;           /* face of the socket board carrying the socket */
  double     header_x_mm;    /* header centre on the header board */
  double     header_y_mm;
  double     header_rotation_deg; /* of the header on its board: 0, 90, 180 or 270 */
  GPtrArray *nets;           /* StkNet */
  GPtrArray *pin_nets;       /* pins entries: net name (char *) or NULL, pin p at index p − 1 */
  JsonObject *extra;         /* sealed; members of the file this version does not know, or NULL */
} StkMate;

#define STK_TYPE_MATE (stk_mate_get_type ())
GType       stk_mate_get_type          (void) G_GNUC_CONST;
StkMate    *stk_mate_new               (const char   *id,
                                        const char   *series,
                                        double        mated_height_mm,
                                        guint         pins,
                                        const char   *packaging);
StkMate    *stk_mate_copy              (const StkMate *mate);
void        stk_mate_free              (StkMate      *mate);
/* Resizes the pin assignment, keeping what fits. */
void        stk_mate_set_pins          (StkMate      *mate,
                                        guint         pins);
StkNet     *stk_mate_find_net          (const StkMate *mate,
                                        const char   *name);
StkNet     *stk_mate_add_net           (StkMate      *mate,
                                        const char   *name,
                                        StkNetKind    kind,
                                        double        current_a,
                                        double        voltage_v);
/* Assign pins first..last (1-based, inclusive) to a net; NULL clears. */
void        stk_mate_assign_pins       (StkMate      *mate,
                                        guint         first,
                                        guint         last,
                                        const char   *net);
/* What the user calls it: its name, or its id when it has none. */
const char *stk_mate_get_label         (const StkMate *mate);
const char *stk_mate_pin_net           (const StkMate *mate,
                                        guint         pin);
guint       stk_mate_count_net_pins    (const StkMate *mate,
                                        const char   *net);
gboolean    stk_mate_has_assignment    (const StkMate *mate);

StkNet     *stk_net_new                (const char   *name,
                                        StkNetKind    kind,
                                        double        current_a,
                                        double        voltage_v);
StkNet     *stk_net_copy               (const StkNet *net);
/* Whether name can name a net: it holds no control character, as ids hold
 * none, since subjects ("net:<mate>/<net>") are listed with one between
 * them (STK_SUBJECT_OR). FALSE with a message naming the net and, when
 * mate_id is not NULL, its connector. The file's reader and the pin entry
 * (the app's and the explorer's nets) use it alike. */
gboolean    stk_net_name_check         (const char   *mate_id,
                                        const char   *name,
                                        GError      **error);
void        stk_net_free               (StkNet       *net);
const char *stk_face_to_string         (StkFace       face);
gboolean    stk_face_from_string       (const char   *str,
                                        StkFace      *face);
const char *stk_net_kind_to_string     (StkNetKind    kind);
gboolean    stk_net_kind_from_string   (const char   *str,
                                        StkNetKind   *kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkMate, stk_mate_free)

G_END_DECLS
