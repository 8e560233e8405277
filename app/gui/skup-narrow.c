/* skup-narrow.c — what changes when the window is folded to a phone's width
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At 360 px a header bar has room for about six buttons and a title. The minimize and
 * maximize buttons (GTK's default layout outside GNOME) would take two of them and leave the
 * title a stub such as "Orga…": a window that narrow is a phone or a tiled window, where
 * neither is of use (a double click on the header bar still maximizes).
 */

#include "config.h"

#include "skup-narrow.h"

static gboolean
is_kept (const char *button)
{
  return *button != '\0' && !g_str_equal (button, "minimize") && !g_str_equal (button, "maximize");
}

static char *
strip_side (const char *side)
{
  g_auto(GStrv) buttons = g_strsplit (side, ",", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;

  for (guint i = 0; buttons[i] != NULL; i++)
    if (is_kept (buttons[i]))
      g_strv_builder_add (kept, buttons[i]);
  result = g_strv_builder_end (kept);
  return g_strjoinv (",", result);
}

char *
_skup_narrow_strip_layout (const char *layout)
{
  g_auto(GStrv) sides = g_strsplit (layout != NULL ? layout : "", ":", 2);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (sides[0] == NULL)
    return g_strdup ("");
  start = strip_side (sides[0]);
  if (sides[1] == NULL)
    return g_steal_pointer (&start);
  end = strip_side (sides[1]);
  return g_strconcat (start, ":", end, NULL);
}

/* Folded, a header bar shows the user's layout without minimize and maximize, and its title
 * keeps less space beside it (the "narrow" style class, see style.css). */
static void
update_header_bar (AdwHeaderBar *header_bar,
                   GParamSpec   *pspec,
                   AdwLeaflet   *leaflet)
{
  g_autofree char *layout = NULL;
  g_autofree char *narrow_layout = NULL;

  if (!adw_leaflet_get_folded (leaflet))
    {
      /* NULL: the user's own layout. */
      adw_header_bar_set_decoration_layout (header_bar, NULL);
      gtk_widget_remove_css_class (GTK_WIDGET (header_bar), "narrow");
      return;
    }
  g_object_get (gtk_settings_get_default (), "gtk-decoration-layout", &layout, NULL);
  narrow_layout = _skup_narrow_strip_layout (layout);
  adw_header_bar_set_decoration_layout (header_bar, narrow_layout);
  gtk_widget_add_css_class (GTK_WIDGET (header_bar), "narrow");
}

void
_skup_narrow_follow_fold (GtkWidget  *page,
                          AdwLeaflet *leaflet)
{
  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (ADW_IS_LEAFLET (leaflet));

  /* A page's header bars are its own: found here, so no page has to hand them out. */
  if (ADW_IS_HEADER_BAR (page))
    {
      g_signal_connect_object (leaflet, "notify::folded", G_CALLBACK (update_header_bar), page,
                               G_CONNECT_SWAPPED);
      update_header_bar (ADW_HEADER_BAR (page), NULL, leaflet);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (page);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    _skup_narrow_follow_fold (child, leaflet);
}
