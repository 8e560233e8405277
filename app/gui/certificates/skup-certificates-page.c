/* skup-certificates-page.c — every certificate issued, its look-up and its corrections
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register is read whole (skup_store_list_certificates(), newest first) and the filters
 * apply to what was read: an office issues hundreds of certificates a year, not millions, and
 * the event and year choices are those the certificates have. Certificates are never changed
 * in place (only their state moves), so a reload on ::changed is all the following it needs.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "core/certificates/skup-signer.h"
#include "core/exports/skup-certificate-register.h"
#include "skup-certificate-item.h"
#include "skup-certificate-print.h"
#include "skup-certificates-page.h"
#include "skup-gui-util.h"

/* The state row's items, as in the template: "Any", then SkupCertificateState + 1. */
#define STATE_ANY 0

typedef struct {
  gint64  id;
  char   *title;
} EventChoice;

struct _SkupCertificatesPage
{
  AdwBin               parent_instance;

  SkupContext         *context;
  SkupStore           *store;
  gboolean             folded;
  /* (element-type SkupCertificateItem): every certificate, newest first. */
  GPtrArray           *items;
  /* (element-type EventChoice): the event row's items after "All Events". */
  GPtrArray           *events;
  /* (element-type int): the year row's items after "All Years". */
  GArray              *years;
  guint                reload_id;
  /* Set while the filter rows' models are rebuilt, which changes their selection. */
  gboolean             updating_choices;
  GtkFileChooserNative *chooser;

  /* Template children */
  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  GtkEntry            *verify_entry;
  GtkRevealer         *verify_revealer;
  GtkLabel            *verify_title;
  GtkLabel            *verify_summary;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *event_dropdown;
  GtkStringList       *event_labels;
  GtkDropDown         *year_dropdown;
  GtkStringList       *year_labels;
  GtkDropDown         *state_dropdown;
  GtkStack            *list_stack;
  AdwStatusPage       *empty_page;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *event_column;
  GtkColumnViewColumn *date_column;
  GListStore          *store_model;
};

G_DEFINE_FINAL_TYPE (SkupCertificatesPage, skup_certificates_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void apply_filters (SkupCertificatesPage *self);

static void
event_choice_free (EventChoice *choice)
{
  g_free (choice->title);
  g_free (choice);
}

static void
show_toast (SkupCertificatesPage *self,
            const char           *text)
{
  /* Toast titles are markup in libadwaita 1.2: a name may hold an ampersand. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static GtkWindow *
get_window (SkupCertificatesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static SkupCertificateItem *
find_item (SkupCertificatesPage *self,
           gint64                id)
{
  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    {
      SkupCertificateItem *item = g_ptr_array_index (self->items, i);

      if (skup_certificate_item_get_entry (item)->id == id)
        return item;
    }
  return NULL;
}

/* The filter rows *************************************************************************/

static int
entry_year (const SkupCertificateEntry *entry)
{
  return entry->issue_date != NULL ? atoi (entry->issue_date) : 0;
}

static gboolean
has_event (GPtrArray                  *events,
           const SkupCertificateEntry *entry)
{
  for (guint i = 0; i < events->len; i++)
    {
      EventChoice *choice = g_ptr_array_index (events, i);

      /* A deleted event's certificates keep its title: they are told apart by it. */
      if (choice->id == entry->event_id
          && (choice->id != 0 || g_strcmp0 (choice->title, entry->event_title) == 0))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_year (GArray *years,
          int     year)
{
  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, int, i) == year)
      return TRUE;
  return FALSE;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return *(const int *) b - *(const int *) a;
}

/* The events and years the certificates have, each once: events as they come (newest
 * certificate first), years newest first. */
static void
collect_choices (SkupCertificatesPage *self,
                 GPtrArray            *events,
                 GArray               *years)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      const SkupCertificateEntry *entry =
        skup_certificate_item_get_entry (g_ptr_array_index (self->items, i));
      int year = entry_year (entry);

      if (!has_event (events, entry))
        {
          EventChoice *choice = g_new0 (EventChoice, 1);

          choice->id = entry->event_id;
          choice->title = g_strdup (entry->event_title ? entry->event_title : "");
          g_ptr_array_add (events, choice);
        }
      if (year > 0 && !has_year (years, year))
        g_array_append_val (years, year);
    }
  g_array_sort (years, compare_years);
}

/* The event chosen before, in the new list of @events: its place, 0 (all) if it is gone. */
static guint
find_event_choice (GPtrArray   *events,
                   EventChoice *old)
{
  for (guint i = 0; old != NULL && i < events->len; i++)
    {
      EventChoice *choice = g_ptr_array_index (events, i);

      if (choice->id == old->id && g_strcmp0 (choice->title, old->title) == 0)
        return i + 1;
    }
  return 0;
}

static void
fill_event_row (SkupCertificatesPage *self,
                GPtrArray            *events)
{
  guint selected = gtk_drop_down_get_selected (self->event_dropdown);
  EventChoice *old = selected > 0 && selected <= self->events->len
                     ? g_ptr_array_index (self->events, selected - 1) : NULL;
  guint keep = find_event_choice (events, old);
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  g_strv_builder_add (labels, _("All Events"));
  for (guint i = 0; i < events->len; i++)
    g_strv_builder_add (labels, ((EventChoice *) g_ptr_array_index (events, i))->title);
  strv = g_strv_builder_end (labels);
  gtk_string_list_splice (self->event_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->event_labels)),
                          (const char * const *) strv);
  g_ptr_array_unref (self->events);
  self->events = g_ptr_array_ref (events);
  gtk_drop_down_set_selected (self->event_dropdown, keep);
}

static void
fill_year_row (SkupCertificatesPage *self,
               GArray               *years)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);
  int old = selected > 0 && selected <= self->years->len
            ? g_array_index (self->years, int, selected - 1) : 0;
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  guint keep = 0;

  g_strv_builder_add (labels, _("All Years"));
  for (guint i = 0; i < years->len; i++)
    {
      g_autofree char *year = g_strdup_printf ("%d", g_array_index (years, int, i));

      g_strv_builder_add (labels, year);
      if (g_array_index (years, int, i) == old)
        keep = i + 1;
    }
  strv = g_strv_builder_end (labels);
  gtk_string_list_splice (self->year_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->year_labels)),
                          (const char * const *) strv);
  g_array_unref (self->years);
  self->years = g_array_ref (years);
  gtk_drop_down_set_selected (self->year_dropdown, keep);
}

static void
update_choices (SkupCertificatesPage *self)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) event_choice_free);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));

  collect_choices (self, events, years);
  self->updating_choices = TRUE;
  fill_event_row (self, events);
  fill_year_row (self, years);
  self->updating_choices = FALSE;
}

/* Filtering ******************************************************************************/

typedef struct {
  EventChoice *event;
  int          year;
  int          state;
  GStrv        terms;
} Filters;

static void
filters_clear (Filters *filters)
{
  g_clear_pointer (&filters->terms, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Filters, filters_clear)

static void
read_filters (SkupCertificatesPage *self,
              Filters              *filters)
{
  guint event = gtk_drop_down_get_selected (self->event_dropdown);
  guint year = gtk_drop_down_get_selected (self->year_dropdown);
  guint state = gtk_drop_down_get_selected (self->state_dropdown);

  filters->event = event > 0 && event <= self->events->len
                   ? g_ptr_array_index (self->events, event - 1) : NULL;
  filters->year = year > 0 && year <= self->years->len ? g_array_index (self->years, int, year - 1)
                                                       : 0;
  filters->state = state == STATE_ANY || state == GTK_INVALID_LIST_POSITION ? -1
                                                                              : (int) state - 1;
  filters->terms = skup_text_search_terms (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Every term typed is the start of a word of the name or the number, in either script and
 * with or without diacritics, as the register's own search matches. */
static gboolean
matches_terms (const SkupCertificateEntry *entry,
               GStrv                       terms)
{
  g_autofree char *text = g_strconcat (entry->recipient_name ? entry->recipient_name : "", " ",
                                       entry->number ? entry->number : "", NULL);
  g_autofree char *folded = skup_text_fold (text);
  g_auto(GStrv) words = g_strsplit_set (folded, " -/", -1);

  for (guint t = 0; terms != NULL && terms[t] != NULL; t++)
    {
      g_autofree char *term = skup_text_fold (terms[t]);
      gboolean found = strstr (folded, term) == folded;

      for (guint w = 0; !found && words[w] != NULL; w++)
        found = g_str_has_prefix (words[w], term);
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static gboolean
matches (const SkupCertificateEntry *entry,
         const Filters              *filters)
{
  if (filters->event != NULL
      && (entry->event_id != filters->event->id
          || (entry->event_id == 0 && g_strcmp0 (entry->event_title, filters->event->title) != 0)))
    return FALSE;
  if (filters->year != 0 && entry_year (entry) != filters->year)
    return FALSE;
  if (filters->state >= 0 && (int) entry->state != filters->state)
    return FALSE;
  return matches_terms (entry, filters->terms);
}

static void
update_title (SkupCertificatesPage *self,
              guint                 shown)
{
  g_autofree char *subtitle = NULL;

  if (self->items != NULL && self->items->len > 0)
    /* Translators: under the page's title: how many certificates the filters show */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u certificate",
                                             "%u certificates", shown), shown);
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");
}

static void
show_empty (SkupCertificatesPage *self,
            guint                 shown)
{
  gboolean none = self->items == NULL || self->items->len == 0;

  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "empty");
  adw_status_page_set_title (self->empty_page, none ? _("No Certificates Yet")
                                                     : _("No Certificates Match"));
  adw_status_page_set_description (self->empty_page,
                                   none ? _("Certificates are issued from an event’s page, with "
                                            "Issue Certificates…; each one issued is listed here.")
                                        : _("No certificate is of the event, year and state "
                                            "chosen, with the name or number typed."));
}

static void
apply_filters (SkupCertificatesPage *self)
{
  g_auto(Filters) filters = { 0 };
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  if (self->updating_choices || self->items == NULL)
    return;
  read_filters (self, &filters);
  for (guint i = 0; i < self->items->len; i++)
    {
      SkupCertificateItem *item = g_ptr_array_index (self->items, i);

      if (matches (skup_certificate_item_get_entry (item), &filters))
        g_ptr_array_add (shown, item);
    }
  g_list_store_splice (self->store_model, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->store_model)),
                       shown->pdata, shown->len);
  update_title (self, shown->len);
  show_empty (self, shown->len);
}

/* Reading the register *********************************************************************/

static void
reload (SkupCertificatesPage *self)
{
  SkupCertificateFilter filter = { .state = -1 };
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store == NULL)
    return;
  entries = skup_store_list_certificates (self->store, &filter, &error);
  if (entries == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = g_ptr_array_new_full (entries->len, g_object_unref);
  /* The items take the entries over. */
  g_ptr_array_set_free_func (entries, NULL);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (self->items, skup_certificate_item_new (g_ptr_array_index (entries, i)));
  update_choices (self);
  apply_filters (self);
}

static gboolean
reload_idle (gpointer user_data)
{
  SkupCertificatesPage *self = user_data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* A batch tells its change once per certificate or once for all: one read for them all. */
static void
on_store_changed (SkupCertificatesPage *self,
                  const char           *kind,
                  gint64                id)
{
  if (!g_str_equal (kind, "certificate") && *kind != '\0')
    return;
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle, self);
}

static void
follow_store (SkupCertificatesPage *self)
{
  SkupStore *store = skup_context_get_store (self->context);

  if (store == self->store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_editable_set_text (GTK_EDITABLE (self->verify_entry), "");
  gtk_revealer_set_reveal_child (self->verify_revealer, FALSE);
  reload (self);
}

/* Verifying *****************************************************************************/

/* A word to read at a glance; the summary under it says the rest. */
static const char *
verdict_title (SkupVerifyResult result)
{
  switch (result)
    {
    case SKUP_VERIFY_VALID:
      /* Translators: the answer of a certificate's look-up */
      return _("Valid");
    case SKUP_VERIFY_SUPERSEDED:
      /* Translators: the answer of a certificate's look-up */
      return _("Superseded");
    case SKUP_VERIFY_REVOKED:
      /* Translators: the answer of a certificate's look-up */
      return _("Revoked");
    case SKUP_VERIFY_FORGED:
      /* Translators: the answer of a certificate's look-up: not the office's */
      return _("Forged");
    case SKUP_VERIFY_UNKNOWN:
    default:
      /* Translators: the answer of a certificate's look-up: no such number */
      return _("Unknown");
    }
}

static const char *
verdict_style (SkupVerifyResult result)
{
  switch (result)
    {
    case SKUP_VERIFY_VALID:
      return "success";
    case SKUP_VERIFY_SUPERSEDED:
      return "warning";
    case SKUP_VERIFY_REVOKED:
    case SKUP_VERIFY_FORGED:
      return "error";
    case SKUP_VERIFY_UNKNOWN:
    default:
      return "dim-label";
    }
}

/* "KBPD-2026-0001, issued to Ana Jovanović on 22 May 2026 for “Workshop”." */
static char *
describe_entry (const SkupCertificateEntry *entry)
{
  g_autofree char *date = skup_text_format_date (entry->issue_date);

  /* Translators: a certificate's summary: its number, the person, the day, the event */
  return g_strdup_printf (_("%s, issued to %s on %s for “%s”."), entry->number,
                          entry->recipient_name, date, entry->event_title);
}

static char *
describe_superseded (SkupCertificatesPage       *self,
                     const SkupCertificateEntry *entry)
{
  g_autoptr(SkupCertificateEntry) next = NULL;
  g_autofree char *date = skup_text_format_date (entry->correction_date);

  if (entry->superseded_by_id != 0)
    next = skup_store_load_certificate (self->store, entry->superseded_by_id, NULL);
  /* Translators: why a certificate no longer holds: the new number, the day, the reason */
  return g_strdup_printf (_("Replaced by %s on %s because: %s"),
                          next != NULL ? next->number : "?", date,
                          entry->correction_reason ? entry->correction_reason : "");
}

static char *
describe_verdict (SkupCertificatesPage       *self,
                  SkupVerifyResult            result,
                  const SkupCertificateEntry *entry,
                  const char                 *typed)
{
  g_autofree char *summary = entry != NULL ? describe_entry (entry) : NULL;
  g_autofree char *why = NULL;
  g_autofree char *date = NULL;

  switch (result)
    {
    case SKUP_VERIFY_VALID:
      return g_steal_pointer (&summary);
    case SKUP_VERIFY_SUPERSEDED:
      why = describe_superseded (self, entry);
      return g_strconcat (summary, "\n", why, NULL);
    case SKUP_VERIFY_REVOKED:
      date = skup_text_format_date (entry->correction_date);
      /* Translators: the day a certificate was revoked, and why */
      why = g_strdup_printf (_("Revoked on %s because: %s"), date,
                             entry->correction_reason ? entry->correction_reason : "");
      return g_strconcat (summary, "\n", why, NULL);
    case SKUP_VERIFY_FORGED:
      why = g_strdup (skup_verify_result_to_label (result));
      return summary ? g_strconcat (why, "\n", _("It names:"), " ", summary, NULL)
                     : g_steal_pointer (&why);
    case SKUP_VERIFY_UNKNOWN:
    default:
      /* Translators: %s is what was typed in the verify field */
      return g_strdup_printf (_("No certificate “%s” is in this register."), typed);
    }
}

static void
show_verdict (SkupCertificatesPage *self,
              const char           *title,
              const char           *style,
              const char           *summary)
{
  static const char *styles[] = { "success", "warning", "error", "dim-label" };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->verify_title), styles[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->verify_title), style);
  gtk_label_set_label (self->verify_title, title);
  gtk_label_set_label (self->verify_summary, summary);
  gtk_revealer_set_reveal_child (self->verify_revealer, TRUE);
}

static void
verify (SkupCertificatesPage *self)
{
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->verify_entry))));
  g_autoptr(SkupCertificateEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  SkupVerifyResult result;

  if (*typed == '\0')
    {
      gtk_revealer_set_reveal_child (self->verify_revealer, FALSE);
      return;
    }
  result = skup_certificates_verify (self->store, typed, &entry, &error);
  if (error != NULL)
    {
      show_verdict (self, _("Could Not Verify"), "error", error->message);
      return;
    }
  summary = describe_verdict (self, result, entry, typed);
  show_verdict (self, verdict_title (result), verdict_style (result), summary);
}

static void
on_verify_activate (SkupCertificatesPage *self)
{
  verify (self);
}

static void
verify_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  verify (SKUP_CERTIFICATES_PAGE (widget));
}

/* The cells in code *********************************************************************/

static const char *
state_style (SkupCertificateState state)
{
  switch (state)
    {
    case SKUP_CERTIFICATE_SUPERSEDED:
      return "warning";
    case SKUP_CERTIFICATE_REVOKED:
      return "error";
    case SKUP_CERTIFICATE_VALID:
    default:
      return "success";
    }
}

static void
setup_state_cell (SkupCertificatesPage *self,
                  GtkListItem          *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

/* The state in words, and in a style that is the words' colour: never the colour alone. */
static void
bind_state_cell (SkupCertificatesPage *self,
                 GtkListItem          *list_item)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const SkupCertificateEntry *entry =
    skup_certificate_item_get_entry (gtk_list_item_get_item (list_item));
  static const char *styles[] = { "success", "warning", "error" };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (label, styles[i]);
  gtk_widget_add_css_class (label, state_style (entry->state));
  gtk_label_set_label (GTK_LABEL (label), skup_certificate_state_to_label (entry->state));
}

static void
append_menu_item (GMenu      *menu,
                  const char *label,
                  const char *action,
                  gint64      id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
}

/* The row's menu, made when it is opened: most rows are never asked for theirs. */
static void
create_row_menu (GtkMenuButton *button,
                 gpointer       user_data)
{
  GtkListItem *list_item = user_data;
  const SkupCertificateEntry *entry =
    skup_certificate_item_get_entry (gtk_list_item_get_item (list_item));
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) corrections = g_menu_new ();

  append_menu_item (menu, _("_Save PDF…"), "certificate.save-pdf", entry->id);
  append_menu_item (menu, _("_Print…"), "certificate.print", entry->id);
  if (entry->state == SKUP_CERTIFICATE_VALID)
    {
      append_menu_item (corrections, _("_Reissue…"), "certificate.reissue", entry->id);
      append_menu_item (corrections, _("Re_voke…"), "certificate.revoke", entry->id);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (corrections));
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
setup_menu_cell (SkupCertificatesPage *self,
                 GtkListItem          *list_item)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_row_menu, list_item,
                                         NULL);
  gtk_list_item_set_child (list_item, button);
}

static void
bind_menu_cell (SkupCertificatesPage *self,
                GtkListItem          *list_item)
{
  GtkWidget *button = gtk_list_item_get_child (list_item);
  const SkupCertificateEntry *entry =
    skup_certificate_item_get_entry (gtk_list_item_get_item (list_item));
  /* Translators: the accessible name of a certificate's menu button; %s is its number */
  g_autofree char *label = g_strdup_printf (_("Actions for %s"), entry->number);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* Saving and printing one ******************************************************************/

static void
save_pdf_to (SkupCertificatesPage *self,
             gint64                id,
             const char           *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  skup_certificates_render (self->store, &id, 1, path, FALSE, NULL, &error);
  text = _skup_gui_dup_save_message (path, error);
  show_toast (self, text);
}

static void
save_pdf_to_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gint64 id;
  const char *path;

  g_variant_get (parameter, "(x&s)", &id, &path);
  save_pdf_to (SKUP_CERTIFICATES_PAGE (widget), id, path);
}

static void
on_save_pdf_response (SkupCertificatesPage *self,
                      int                   response,
                      GtkNativeDialog      *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chooser), "certificate-id"));

  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    save_pdf_to (self, id, path);
  g_clear_object (&self->chooser);
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SkupCertificatesPage *self = SKUP_CERTIFICATES_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  SkupCertificateItem *item = find_item (self, id);
  const SkupCertificateEntry *entry;
  g_autofree char *name = NULL;

  if (item == NULL || self->chooser != NULL)
    return;
  entry = skup_certificate_item_get_entry (item);
  name = skup_certificate_file_name (entry->recipient_name, NULL, entry->number);
  self->chooser = _skup_gui_new_save_chooser (GTK_WIDGET (self), _("Save Certificate"), name);
  g_object_set_data (G_OBJECT (self->chooser), "certificate-id", GSIZE_TO_POINTER (id));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_save_pdf_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
print_one (SkupCertificatesPage *self,
           gint64                id,
           const char           *export_path)
{
  SkupCertificateItem *item = find_item (self, id);
  g_autoptr(GError) error = NULL;

  if (item == NULL)
    return;
  if (!_skup_certificate_print (get_window (self), self->store, &id, 1,
                                skup_certificate_item_get_entry (item)->number, export_path,
                                &error))
    show_toast (self, error->message);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  print_one (SKUP_CERTIFICATES_PAGE (widget), g_variant_get_int64 (parameter), NULL);
}

static void
print_to_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gint64 id;
  const char *path;

  g_variant_get (parameter, "(x&s)", &id, &path);
  print_one (SKUP_CERTIFICATES_PAGE (widget), id, path);
}

/* Corrections *************************************************************************/

static void
on_reason_changed (AdwMessageDialog *dialog,
                   GtkEditable      *entry)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  const char *response = g_object_get_data (G_OBJECT (dialog), "skup-response");

  adw_message_dialog_set_response_enabled (dialog, response, *reason != '\0');
}

static void
correct (SkupCertificatesPage *self,
         gint64                id,
         const char           *response,
         const char           *reason)
{
  SkupCertificateItem *item = find_item (self, id);
  g_autoptr(SkupCertificateEntry) replacement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = item ? g_strdup (skup_certificate_item_get_entry (item)->number)
                                 : NULL;
  g_autofree char *text = NULL;

  if (item == NULL)
    return;
  if (g_str_equal (response, "reissue")
      ? skup_certificates_reissue (self->store, id, reason, NULL, &replacement, &error)
      : skup_certificates_revoke (self->store, id, reason, NULL, &error))
    text = replacement != NULL
           /* Translators: the old certificate's number, then the new one's */
           ? g_strdup_printf (_("%s was reissued as %s"), number, replacement->number)
           /* Translators: %s is a certificate's number */
           : g_strdup_printf (_("%s was revoked"), number);
  show_toast (self, text != NULL ? text : error->message);
  reload (self);
}

static void
on_correction_response (SkupCertificatesPage *self,
                        const char           *response,
                        AdwMessageDialog     *dialog)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "certificate-id"));

  if ((g_str_equal (response, "reissue") || g_str_equal (response, "revoke"))
      && *reason != '\0')
    correct (self, id, response, reason);
}

static GtkWidget *
new_reason_entry (AdwMessageDialog *dialog)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason (required)"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason"), -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_reason_changed), dialog,
                           G_CONNECT_SWAPPED);
  return entry;
}

/* Asks for the reason, which the certificate keeps; the answer stays disabled without one. */
static void
ask_correction (SkupCertificatesPage *self,
                gint64                id,
                gboolean              revoke)
{
  SkupCertificateItem *item = find_item (self, id);
  const SkupCertificateEntry *entry;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  const char *response = revoke ? "revoke" : "reissue";

  if (item == NULL)
    return;
  entry = skup_certificate_item_get_entry (item);
  /* Translators: %s is a certificate's number */
  heading = g_strdup_printf (revoke ? _("Revoke %s?") : _("Reissue %s?"), entry->number);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self), heading, NULL));
  adw_message_dialog_set_body (dialog, revoke
    ? _("The certificate stays in the register, marked revoked with the reason and today’s date; "
        "verifying it will say so. This cannot be undone.")
    : _("A corrected certificate is issued with a new number, from the register as it is now; "
        "this one is marked superseded by it, with the reason."));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response,
                                    revoke ? _("_Revoke") : _("_Reissue"), NULL);
  adw_message_dialog_set_response_appearance (dialog, response,
                                              revoke ? ADW_RESPONSE_DESTRUCTIVE
                                                     : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, response, FALSE);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "skup-response", (gpointer) response);
  g_object_set_data (G_OBJECT (dialog), "certificate-id", GSIZE_TO_POINTER (id));
  adw_message_dialog_set_extra_child (dialog, new_reason_entry (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_correction_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reissue_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ask_correction (SKUP_CERTIFICATES_PAGE (widget), g_variant_get_int64 (parameter), FALSE);
}

static void
revoke_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_correction (SKUP_CERTIFICATES_PAGE (widget), g_variant_get_int64 (parameter), TRUE);
}

/* Exporting the list ***********************************************************************/

static GPtrArray *
dup_shown_entries (SkupCertificatesPage *self)
{
  GListModel *model = G_LIST_MODEL (self->store_model);
  GPtrArray *entries = g_ptr_array_new ();

  /* Borrowed: the items keep them while the export runs, which it does at once. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SkupCertificateItem) item = g_list_model_get_item (model, i);

      g_ptr_array_add (entries, (gpointer) skup_certificate_item_get_entry (item));
    }
  return entries;
}

static void
export_to (SkupCertificatesPage *self,
           const char           *path)
{
  g_autoptr(GPtrArray) entries = dup_shown_entries (self);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (g_str_has_suffix (path, ".xlsx"))
    skup_certificate_register_write_xlsx (entries, path, &error);
  else
    skup_certificate_register_write_csv (entries, path, &error);
  text = _skup_gui_dup_save_message (path, error);
  show_toast (self, text);
}

static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  export_to (SKUP_CERTIFICATES_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
on_export_response (SkupCertificatesPage *self,
                    int                   response,
                    GtkNativeDialog      *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file ? g_file_get_path (file) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    export_to (self, path);
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkupCertificatesPage *self = SKUP_CERTIFICATES_PAGE (widget);
  gboolean xlsx = g_str_equal (g_variant_get_string (parameter, NULL), "xlsx");
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;
  /* Translators: the file name the certificate register is saved under; keep the suffix */
  name = g_strconcat (_("Certificates"), xlsx ? ".xlsx" : ".csv", NULL);
  self->chooser = _skup_gui_new_save_chooser (GTK_WIDGET (self), _("Export the List"), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_export_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* GObject *****************************************************************************/

static void
skup_certificates_page_constructed (GObject *object)
{
  SkupCertificatesPage *self = SKUP_CERTIFICATES_PAGE (object);

  G_OBJECT_CLASS (skup_certificates_page_parent_class)->constructed (object);

  /* Built without a register (the template check), the page stays empty. */
  if (self->context == NULL)
    {
      show_empty (self, 0);
      return;
    }
  g_signal_connect_object (self->context, "notify::store", G_CALLBACK (follow_store), self,
                           G_CONNECT_SWAPPED);
  follow_store (self);
}

static void
skup_certificates_page_dispose (GObject *object)
{
  SkupCertificatesPage *self = SKUP_CERTIFICATES_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_CERTIFICATES_PAGE);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (skup_certificates_page_parent_class)->dispose (object);
}

static void
skup_certificates_page_finalize (GObject *object)
{
  SkupCertificatesPage *self = SKUP_CERTIFICATES_PAGE (object);

  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_array_unref);

  G_OBJECT_CLASS (skup_certificates_page_parent_class)->finalize (object);
}

static void
skup_certificates_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SkupCertificatesPage *self = SKUP_CERTIFICATES_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_certificates_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SkupCertificatesPage *self = SKUP_CERTIFICATES_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_FOLDED:
      if (self->folded == g_value_get_boolean (value))
        return;
      self->folded = g_value_get_boolean (value);
      /* At a phone's width the number, the name and the state are what fits. */
      gtk_column_view_column_set_visible (self->event_column, !self->folded);
      gtk_column_view_column_set_visible (self->date_column, !self->folded);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "certificates.verify", NULL, verify_action);
  gtk_widget_class_install_action (widget_class, "certificates.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "certificates.export-to", "s",
                                   export_to_action);
  gtk_widget_class_install_action (widget_class, "certificate.save-pdf", "x", save_pdf_action);
  gtk_widget_class_install_action (widget_class, "certificate.save-pdf-to", "(xs)",
                                   save_pdf_to_action);
  gtk_widget_class_install_action (widget_class, "certificate.print", "x", print_action);
  gtk_widget_class_install_action (widget_class, "certificate.print-to", "(xs)",
                                   print_to_action);
  gtk_widget_class_install_action (widget_class, "certificate.reissue", "x", reissue_action);
  gtk_widget_class_install_action (widget_class, "certificate.revoke", "x", revoke_action);
}

static void
skup_certificates_page_class_init (SkupCertificatesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_certificates_page_constructed;
  object_class->dispose = skup_certificates_page_dispose;
  object_class->finalize = skup_certificates_page_finalize;
  object_class->get_property = skup_certificates_page_get_property;
  object_class->set_property = skup_certificates_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKUP_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The window is too narrow for the sidebar: the header bar shows a way back to it. */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SKUP_TYPE_CERTIFICATE_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-certificates-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, verify_entry);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, verify_revealer);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, verify_title);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, verify_summary);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, event_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, event_labels);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, year_labels);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, event_column);
  gtk_widget_class_bind_template_child (widget_class, SkupCertificatesPage, date_column);
  gtk_widget_class_bind_template_child_full (widget_class, "store", FALSE,
                                             G_STRUCT_OFFSET (SkupCertificatesPage, store_model));
  gtk_widget_class_bind_template_callback (widget_class, apply_filters);
  gtk_widget_class_bind_template_callback (widget_class, on_verify_activate);
  gtk_widget_class_bind_template_callback (widget_class, setup_state_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_state_cell);
  gtk_widget_class_bind_template_callback (widget_class, setup_menu_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_menu_cell);
  install_actions (widget_class);
}

static void
skup_certificates_page_init (SkupCertificatesPage *self)
{
  self->events = g_ptr_array_new_with_free_func ((GDestroyNotify) event_choice_free);
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_append (self->event_labels, _("All Events"));
  gtk_string_list_append (self->year_labels, _("All Years"));
}

/* API ***********************************************************************************/

SkupCertificatesPage *
skup_certificates_page_new (SkupContext *context)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);

  return g_object_new (SKUP_TYPE_CERTIFICATES_PAGE, "context", context, NULL);
}

GListModel *
skup_certificates_page_get_model (SkupCertificatesPage *self)
{
  g_return_val_if_fail (SKUP_IS_CERTIFICATES_PAGE (self), NULL);

  return G_LIST_MODEL (self->store_model);
}

const char *
skup_certificates_page_get_verdict (SkupCertificatesPage *self)
{
  g_return_val_if_fail (SKUP_IS_CERTIFICATES_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->verify_revealer))
    return NULL;
  return gtk_label_get_label (self->verify_title);
}

const char *
skup_certificates_page_get_summary (SkupCertificatesPage *self)
{
  g_return_val_if_fail (SKUP_IS_CERTIFICATES_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->verify_revealer))
    return NULL;
  return gtk_label_get_label (self->verify_summary);
}
