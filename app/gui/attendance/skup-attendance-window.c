/* skup-attendance-window.c — Take Attendance: an event's grid of people and sessions
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window reads the grid (three queries) before it is shown, so it opens with the marks
 * in place; 1,000 people take a few milliseconds. It follows the register: a person
 * registered on the event's page, a session added, another organiser's marks on a shared
 * register, and the grid is read again, the cursor kept on the same person and session. Its
 * own writes it does not read back: the grid has them already.
 *
 * Marking everyone present at a session is one transaction and one toast, whose Undo clears
 * exactly the marks it wrote.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "skup-attendance-window.h"

/* Long enough to read a name and press Undo. */
#define UNDO_TIMEOUT 8

struct _SkupAttendanceWindow
{
  AdwWindow           parent_instance;

  SkupContext        *context;
  /* The context's register when the window was made: another register closes the window. */
  SkupStore          *store;
  gint64              event_id;
  SkupAttendanceGrid *grid;
  /* Set while the window writes past the grid (an Undo), so the store's ::changed it causes
   * is not taken for someone else's: the grid tells its own writes itself. */
  guint               writing;
  guint               reload_id;
  char               *message;
  AdwToast           *toast;

  /* What the last Mark Everyone Present wrote, for its Undo. */
  gint64              undo_session_id;
  GArray             *undo_registrations;

  /* Template children */
  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkStack           *stack;
  SkupAttendanceView *view;
  GtkWidget          *sessions_button;
  GtkWidget          *mark_here_button;
  GtkLabel           *mark_here_label;
  AdwStatusPage      *empty_page;
  GMenu              *sessions_menu;
};

G_DEFINE_FINAL_TYPE (SkupAttendanceWindow, skup_attendance_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_EVENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Messages ****************************************************************/

static AdwToast *
show_toast (SkupAttendanceWindow *self,
            const char           *text)
{
  /* Toast titles are markup in libadwaita 1.2: a name may hold an ampersand. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  g_free (self->message);
  self->message = g_strdup (text);
  g_set_object (&self->toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
  return toast;
}

static void
on_write_failed (SkupAttendanceWindow *self,
                 const char           *message)
{
  g_autoptr(AdwToast) toast = show_toast (self, message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
}

/* What the window shows ***************************************************/

static gboolean
has_cells (SkupAttendanceWindow *self)
{
  return self->grid != NULL && skup_attendance_grid_get_n_people (self->grid) > 0
         && skup_attendance_grid_get_n_sessions (self->grid) > 0;
}

static void
update_mark_here (SkupAttendanceWindow *self)
{
  guint column = skup_attendance_view_get_cursor_column (self->view);
  g_autofree char *session = NULL;
  g_autofree char *label = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.mark-all-present-here",
                                 has_cells (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.mark-all-present",
                                 has_cells (self));
  if (!has_cells (self))
    return;
  session = skup_attendance_view_dup_session_label (self->view, column);
  /* Translators: a button under the attendance grid; %s is a session, "Mon 02.03.
   * 09:00–13:00" */
  label = g_strdup_printf (_("Mark Everyone Present at %s"), session);
  gtk_label_set_label (self->mark_here_label, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mark_here_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_sessions_menu (SkupAttendanceWindow *self)
{
  g_autoptr(GMenu) section = g_menu_new ();
  guint n = self->grid != NULL ? skup_attendance_grid_get_n_sessions (self->grid) : 0;

  g_menu_remove_all (self->sessions_menu);
  if (!has_cells (self))
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = skup_attendance_view_dup_session_label (self->view, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "attendance.mark-all-present",
                                               g_variant_new_int32 ((gint32) i));
      g_menu_append_item (section, item);
    }
  /* Translators: the heading of a menu listing an event's sessions */
  g_menu_append_section (self->sessions_menu, _("Mark Everyone Present at"),
                         G_MENU_MODEL (section));
}

/* The grid, or a page saying what to do first. */
static void
update_page (SkupAttendanceWindow *self)
{
  gboolean empty = !has_cells (self);

  if (self->grid == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("Attendance Could Not Be Read"));
      adw_status_page_set_description (self->empty_page, self->message);
    }
  else if (skup_attendance_grid_get_n_sessions (self->grid) == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Sessions Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Add the event’s days or sessions on its page; "
                                         "each one becomes a column here."));
    }
  else if (empty)
    {
      adw_status_page_set_title (self->empty_page, _("Nobody Registered Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Register participants on the event’s page; "
                                         "each one becomes a row here."));
    }
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "grid");
  gtk_widget_set_sensitive (self->sessions_button, !empty);
  update_sessions_menu (self);
  update_mark_here (self);
}

static void
update_title (SkupAttendanceWindow *self)
{
  g_autoptr(SkupRecord) event = skup_store_load (self->store, SKUP_TYPE_EVENT, self->event_id,
                                                 NULL);
  g_autofree char *title = event != NULL ? skup_record_dup_title (event) : NULL;

  adw_window_title_set_title (self->window_title, title != NULL ? title : "");
  if (title != NULL)
    gtk_window_set_title (GTK_WINDOW (self), title);
}

/* Reading *****************************************************************/

/* The cursor's person and session, to find them again in a grid read anew. */
static void
remember_cursor (SkupAttendanceWindow *self,
                 gint64               *registration_id,
                 gint64               *session_id)
{
  guint row = skup_attendance_view_get_cursor_row (self->view);
  guint column = skup_attendance_view_get_cursor_column (self->view);

  *registration_id = 0;
  *session_id = 0;
  if (!has_cells (self))
    return;
  *registration_id = skup_attendance_grid_get_person (self->grid, row)->entry->registration_id;
  *session_id = skup_record_get_id (skup_attendance_grid_get_session (self->grid, column));
}

static int
find_column (SkupAttendanceGrid *grid,
             gint64              session_id)
{
  for (guint i = 0; i < skup_attendance_grid_get_n_sessions (grid); i++)
    if (skup_record_get_id (skup_attendance_grid_get_session (grid, i)) == session_id)
      return (int) i;
  return -1;
}

/* Today's session if the event has one today, else the first. */
static void
place_cursor (SkupAttendanceWindow *self,
              gint64                registration_id,
              gint64                session_id)
{
  int row = registration_id != 0 ? skup_attendance_grid_find_row (self->grid, registration_id)
                                 : -1;
  int column = session_id != 0 ? find_column (self->grid, session_id) : -1;
  guint old_row = skup_attendance_view_get_cursor_row (self->view);
  guint old_column = skup_attendance_view_get_cursor_column (self->view);

  if (column < 0 && session_id == 0)
    column = skup_attendance_grid_find_today (self->grid);
  /* A person or session gone: the cursor stays where it was, clamped to the grid. */
  skup_attendance_view_set_cursor (self->view, row >= 0 ? (guint) row : old_row,
                                   column >= 0 ? (guint) column : old_column);
}

static void
load_grid (SkupAttendanceWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupAttendanceGrid) grid = NULL;
  gint64 registration_id, session_id;

  remember_cursor (self, &registration_id, &session_id);
  grid = skup_attendance_grid_load (self->store, self->event_id, &error);
  if (grid == NULL)
    {
      show_toast (self, error->message);
      /* What was read before stays: better than an empty window. */
      if (self->grid == NULL)
        update_page (self);
      return;
    }
  g_set_object (&self->grid, grid);
  skup_attendance_view_set_grid (self->view, grid);
  place_cursor (self, registration_id, session_id);
  update_page (self);
}

static gboolean
reload_now (gpointer user_data)
{
  SkupAttendanceWindow *self = user_data;

  self->reload_id = 0;
  update_title (self);
  load_grid (self);
  return G_SOURCE_REMOVE;
}

static gboolean
is_followed (const char *kind)
{
  static const char * const kinds[] = { "", "attendance", "registration", "session", "person",
                                        "event" };

  return kind == NULL || g_strv_contains (kinds, kind);
}

/* Someone else's change (this window's, another window's, another organiser's): read the
 * grid again once the burst of changes is over. */
static void
on_store_changed (SkupAttendanceWindow *self,
                  const char           *kind,
                  gint64                id)
{
  if (self->writing > 0 || !is_followed (kind)
      || (self->grid != NULL && skup_attendance_grid_is_writing (self->grid)))
    return;
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_now, self, NULL);
}

/* Another register was opened: this event is not in it. */
static void
on_context_store_changed (SkupAttendanceWindow *self)
{
  if (skup_context_get_store (self->context) != self->store)
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Marking everyone ********************************************************/

/* The registrations not yet marked at @column: what Mark Everyone Present will mark. */
static GArray *
list_unmarked (SkupAttendanceWindow *self,
               guint                 column)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint row = 0; row < skup_attendance_grid_get_n_people (self->grid); row++)
    {
      const SkupGridPerson *person = skup_attendance_grid_get_person (self->grid, row);

      if (skup_attendance_grid_get_mark (self->grid, row, column) == SKUP_MARK_NONE)
        g_array_append_val (ids, person->entry->registration_id);
    }
  return ids;
}

/* attendance.undo-mark-all: what the toast's Undo runs. */
static void
undo_mark_all_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SkupAttendanceWindow *self = SKUP_ATTENDANCE_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean undone;

  if (self->undo_registrations == NULL)
    return;
  self->writing++;
  undone = skup_store_set_marks (self->store, self->undo_session_id,
                                 (const gint64 *) self->undo_registrations->data,
                                 self->undo_registrations->len, SKUP_MARK_NONE, NULL, &error);
  self->writing--;
  g_clear_pointer (&self->undo_registrations, g_array_unref);
  gtk_widget_action_set_enabled (widget, "attendance.undo-mark-all", FALSE);
  if (!undone)
    show_toast (self, error->message);
  /* Written past the grid: read it again. */
  load_grid (self);
}

static void
offer_undo (SkupAttendanceWindow *self,
            guint                 column,
            guint                 n_marked,
            GArray               *marked)
{
  g_autofree char *session = skup_attendance_view_dup_session_label (self->view, column);
  g_autofree char *text = NULL;
  g_autoptr(AdwToast) toast = NULL;

  if (n_marked == 0)
    /* Translators: %s is a session, "Mon 02.03. 09:00–13:00" */
    text = g_strdup_printf (_("Everyone was marked at %s already"), session);
  else
    /* Translators: %u people, %s a session, "Mon 02.03. 09:00–13:00" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Marked %u person present at %s",
                                         "Marked %u people present at %s", n_marked),
                            n_marked, session);
  toast = show_toast (self, text);
  if (n_marked == 0)
    return;
  g_clear_pointer (&self->undo_registrations, g_array_unref);
  self->undo_registrations = g_array_ref (marked);
  self->undo_session_id = skup_record_get_id (skup_attendance_grid_get_session (self->grid,
                                                                                column));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "attendance.undo-mark-all");
  adw_toast_set_timeout (toast, UNDO_TIMEOUT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.undo-mark-all", TRUE);
}

static void
mark_all_present (SkupAttendanceWindow *self,
                  guint                 column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) unmarked = NULL;
  guint n_marked = 0;
  gboolean marked;

  if (!has_cells (self) || column >= skup_attendance_grid_get_n_sessions (self->grid))
    return;
  unmarked = list_unmarked (self, column);
  marked = skup_attendance_grid_mark_all_present (self->grid, column, &n_marked, &error);
  if (!marked)
    {
      g_autofree char *session = skup_attendance_view_dup_session_label (self->view, column);
      /* Translators: the first %s is a session, the second why it failed */
      g_autofree char *text = g_strdup_printf (_("Could not mark everyone at %s: %s"), session,
                                               error->message);
      show_toast (self, text);
      return;
    }
  offer_undo (self, column, n_marked, unmarked);
}

static void
mark_all_present_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  int column = g_variant_get_int32 (parameter);

  if (column >= 0)
    mark_all_present (SKUP_ATTENDANCE_WINDOW (widget), (guint) column);
}

static void
mark_all_present_here_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  SkupAttendanceWindow *self = SKUP_ATTENDANCE_WINDOW (widget);

  mark_all_present (self, skup_attendance_view_get_cursor_column (self->view));
}

/* GObject *****************************************************************/

static void
skup_attendance_window_constructed (GObject *object)
{
  SkupAttendanceWindow *self = SKUP_ATTENDANCE_WINDOW (object);

  G_OBJECT_CLASS (skup_attendance_window_parent_class)->constructed (object);

  /* Built without a register (the template check), the window stays empty. */
  if (self->context == NULL)
    {
      update_page (self);
      return;
    }
  self->store = g_object_ref (skup_context_get_store (self->context));
  update_title (self);
  load_grid (self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::store",
                           G_CALLBACK (on_context_store_changed), self, G_CONNECT_SWAPPED);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
skup_attendance_window_dispose (GObject *object)
{
  SkupAttendanceWindow *self = SKUP_ATTENDANCE_WINDOW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_ATTENDANCE_WINDOW);
  g_clear_object (&self->grid);
  g_clear_object (&self->toast);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (skup_attendance_window_parent_class)->dispose (object);
}

static void
skup_attendance_window_finalize (GObject *object)
{
  SkupAttendanceWindow *self = SKUP_ATTENDANCE_WINDOW (object);

  g_clear_pointer (&self->undo_registrations, g_array_unref);
  g_free (self->message);

  G_OBJECT_CLASS (skup_attendance_window_parent_class)->finalize (object);
}

static void
skup_attendance_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SkupAttendanceWindow *self = SKUP_ATTENDANCE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_EVENT_ID:
      g_value_set_int64 (value, self->event_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_attendance_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SkupAttendanceWindow *self = SKUP_ATTENDANCE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_set_object (&self->context, g_value_get_object (value));
      break;
    case PROP_EVENT_ID:
      self->event_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_attendance_window_class_init (SkupAttendanceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                            | G_PARAM_STATIC_STRINGS;

  object_class->constructed = skup_attendance_window_constructed;
  object_class->dispose = skup_attendance_window_dispose;
  object_class->finalize = skup_attendance_window_finalize;
  object_class->get_property = skup_attendance_window_get_property;
  object_class->set_property = skup_attendance_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKUP_TYPE_CONTEXT, flags);
  properties[PROP_EVENT_ID] =
    g_param_spec_int64 ("event-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SKUP_TYPE_ATTENDANCE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-attendance-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceWindow, view);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceWindow, sessions_button);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceWindow, mark_here_button);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceWindow, mark_here_label);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceWindow, sessions_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_write_failed);
  gtk_widget_class_bind_template_callback (widget_class, update_mark_here);

  gtk_widget_class_install_action (widget_class, "attendance.mark-all-present", "i",
                                   mark_all_present_action);
  gtk_widget_class_install_action (widget_class, "attendance.mark-all-present-here", NULL,
                                   mark_all_present_here_action);
  gtk_widget_class_install_action (widget_class, "attendance.undo-mark-all", NULL,
                                   undo_mark_all_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "attendance.mark-all-present-here", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
skup_attendance_window_init (SkupAttendanceWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.undo-mark-all", FALSE);
}

/* API *********************************************************************/

SkupAttendanceWindow *
skup_attendance_window_new (GtkWindow   *parent,
                            SkupContext *context,
                            gint64       event_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);

  return g_object_new (SKUP_TYPE_ATTENDANCE_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       "event-id", event_id,
                       NULL);
}

SkupAttendanceView *
skup_attendance_window_get_view (SkupAttendanceWindow *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_WINDOW (self), NULL);
  return self->view;
}

SkupAttendanceGrid *
skup_attendance_window_get_grid (SkupAttendanceWindow *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_WINDOW (self), NULL);
  return self->grid;
}

const char *
skup_attendance_window_get_message (SkupAttendanceWindow *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_WINDOW (self), NULL);
  return self->message;
}

AdwToast *
skup_attendance_window_get_toast (SkupAttendanceWindow *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_WINDOW (self), NULL);
  return self->toast;
}
