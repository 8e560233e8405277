/* skup-template-preview.c — page 1 of a certificate as the PDF engine draws it
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is a SkupCertificateDocument, the object that writes the PDF, drawn into an image
 * at the size the preview shows it. Measuring a certificate (shrinking a long name to fit,
 * checking every glyph) and drawing its images take a few milliseconds, more with an SVG
 * logo or a large background: longer than a frame, so they run in a worker thread and the
 * editor keeps answering keys. A drawing overtaken by a newer one is thrown away.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "skup-template-preview.h"

/* The grey around the sheet, in pixels. */
#define PREVIEW_MARGIN 16.0
/* A size change smaller than this does not draw the page again: it is scaled instead. */
#define REDRAW_RATIO 1.15

struct _SkupTemplatePreview
{
  GtkWidget             parent_instance;

  SkupDocument         *document;   /* the page asked for last */
  GPtrArray            *texts;      /* its texts: one SkupCertificateText */
  GCancellable         *cancellable;
  guint                 generation;

  /* What is shown */
  cairo_surface_t      *surface;
  GPtrArray            *shown_texts;
  double                shown_dpi;
  guint                 shown_generation;
  double                sheet_width;
  double                sheet_height;
  char                 *error;
  guint                 n_drawn;
};

G_DEFINE_FINAL_TYPE (SkupTemplatePreview, skup_template_preview, GTK_TYPE_WIDGET)

/* The texts go with the document: it refers to them, and a drawing that is overtaken still
 * runs to its end in its thread. */
typedef struct
{
  SkupDocument *document;
  GPtrArray    *texts;
  double        dpi;
  guint         generation;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->document);
  g_clear_pointer (&job->texts, g_ptr_array_unref);
  g_free (job);
}

static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  /* Idempotent: a document measured once for one size is not measured again for another. */
  if (!skup_document_prepare (job->document, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, skup_document_render_page (job->document, 0, job->dpi),
                         (GDestroyNotify) cairo_surface_destroy);
}

/* The sheet's scale in the widget now: device pixels a point. */
static double
get_scale (SkupTemplatePreview *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self)) - 2 * PREVIEW_MARGIN;
  double height = gtk_widget_get_height (GTK_WIDGET (self)) - 2 * PREVIEW_MARGIN;

  if (self->sheet_width <= 0 || width <= 0 || height <= 0)
    return 0;
  return MIN (width / self->sheet_width, height / self->sheet_height);
}

static double
get_wanted_dpi (SkupTemplatePreview *self)
{
  double scale = get_scale (self);

  /* Not laid out yet: a size that reads well on most screens. */
  if (scale <= 0)
    return 96.0;
  return 72.0 * scale * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

static void
show_error (SkupTemplatePreview *self,
            const char          *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  message != NULL ? message : "", -1);
}

static void
on_rendered (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  SkupTemplatePreview *self = SKUP_TEMPLATE_PREVIEW (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      job->generation != self->generation)
    {
      g_clear_pointer (&surface, cairo_surface_destroy);
      return;
    }

  self->shown_generation = job->generation;
  show_error (self, error != NULL ? error->message : NULL);
  if (surface != NULL)
    {
      g_clear_pointer (&self->surface, cairo_surface_destroy);
      self->surface = surface;
      self->shown_dpi = job->dpi;
      g_clear_pointer (&self->shown_texts, g_ptr_array_unref);
      self->shown_texts = g_ptr_array_ref (job->texts);
    }
  self->n_drawn++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
start_rendering (SkupTemplatePreview *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  job = g_new0 (Job, 1);
  job->document = g_object_ref (self->document);
  job->texts = g_ptr_array_ref (self->texts);
  job->dpi = get_wanted_dpi (self);
  job->generation = ++self->generation;

  task = g_task_new (self, self->cancellable, on_rendered, NULL);
  g_task_set_source_tag (task, start_rendering);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  /* On this thread: every job shares self->document, and a document may not be prepared or
   * drawn by two threads at once (a render still running when the next began corrupted the
   * heap). GTask still calls on_rendered from the main loop, never from here. */
  render_in_thread (task, self, job, self->cancellable);
}

/**
 * skup_template_preview_show:
 * @design: the look of the page (copied)
 * @text: (transfer full): its texts
 */
void
skup_template_preview_show (SkupTemplatePreview         *self,
                            const SkupCertificateDesign *design,
                            SkupCertificateText         *text)
{
  const SkupPageSetup *setup;

  g_return_if_fail (SKUP_IS_TEMPLATE_PREVIEW (self));
  g_return_if_fail (design != NULL);
  g_return_if_fail (text != NULL);

  g_clear_pointer (&self->texts, g_ptr_array_unref);
  self->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_certificate_text_free);
  g_ptr_array_add (self->texts, text);
  g_clear_object (&self->document);
  self->document = skup_certificate_document_new (design, self->texts);
  setup = skup_document_get_page_setup (self->document);
  self->sheet_width = skup_page_setup_get_width (setup);
  self->sheet_height = skup_page_setup_get_height (setup);
  start_rendering (self);
}

/* The sheet on grey, as large as fits, with a shadow under it as paper on a desk. */
static void
draw_sheet (SkupTemplatePreview *self,
            cairo_t             *cr)
{
  double scale = get_scale (self);
  double width = self->sheet_width * scale;
  double height = self->sheet_height * scale;
  double x = round ((gtk_widget_get_width (GTK_WIDGET (self)) - width) / 2);
  double y = round ((gtk_widget_get_height (GTK_WIDGET (self)) - height) / 2);
  double image_scale;

  if (scale <= 0 || self->surface == NULL)
    return;

  cairo_set_source_rgba (cr, 0, 0, 0, 0.12);
  cairo_rectangle (cr, x - 1, y, width + 2, height + 3);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_rectangle (cr, x - 1, y - 1, width + 2, height + 2);
  cairo_fill (cr);

  image_scale = width / cairo_image_surface_get_width (self->surface);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, image_scale, image_scale);
  cairo_set_source_surface (cr, self->surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
}

static void
skup_template_preview_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  SkupTemplatePreview *self = SKUP_TEMPLATE_PREVIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->surface == NULL || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_sheet (self, cr);
  cairo_destroy (cr);
}

/* A much larger preview gets a sharper drawing; a smaller one is scaled down. */
static void
skup_template_preview_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  SkupTemplatePreview *self = SKUP_TEMPLATE_PREVIEW (widget);
  double wanted = get_wanted_dpi (self);

  if (self->document != NULL && self->shown_dpi > 0 &&
      (wanted > self->shown_dpi * REDRAW_RATIO || wanted * REDRAW_RATIO < self->shown_dpi))
    start_rendering (self);
}

static void
skup_template_preview_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  /* Room for an A4 sheet to be read, and no more asked: the window gives what it has. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 180;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 460;
}

static void
skup_template_preview_dispose (GObject *object)
{
  SkupTemplatePreview *self = SKUP_TEMPLATE_PREVIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document);
  g_clear_pointer (&self->shown_texts, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (skup_template_preview_parent_class)->dispose (object);
}

static void
skup_template_preview_class_init (SkupTemplatePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_template_preview_dispose;
  widget_class->snapshot = skup_template_preview_snapshot;
  widget_class->size_allocate = skup_template_preview_size_allocate;
  widget_class->measure = skup_template_preview_measure;

  gtk_widget_class_set_css_name (widget_class, "templatepreview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
skup_template_preview_init (SkupTemplatePreview *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Certificate Preview"), -1);
}

GtkWidget *
skup_template_preview_new (void)
{
  return g_object_new (SKUP_TYPE_TEMPLATE_PREVIEW, NULL);
}

const char *
skup_template_preview_get_error (SkupTemplatePreview *self)
{
  g_return_val_if_fail (SKUP_IS_TEMPLATE_PREVIEW (self), NULL);

  return self->error;
}

const SkupCertificateText *
skup_template_preview_get_text (SkupTemplatePreview *self)
{
  g_return_val_if_fail (SKUP_IS_TEMPLATE_PREVIEW (self), NULL);

  return self->shown_texts != NULL ? g_ptr_array_index (self->shown_texts, 0) : NULL;
}

cairo_surface_t *
skup_template_preview_get_surface (SkupTemplatePreview *self)
{
  g_return_val_if_fail (SKUP_IS_TEMPLATE_PREVIEW (self), NULL);

  return self->surface;
}

guint
skup_template_preview_get_n_drawn (SkupTemplatePreview *self)
{
  g_return_val_if_fail (SKUP_IS_TEMPLATE_PREVIEW (self), 0);

  return self->n_drawn;
}

gboolean
skup_template_preview_is_current (SkupTemplatePreview *self)
{
  g_return_val_if_fail (SKUP_IS_TEMPLATE_PREVIEW (self), FALSE);

  return self->shown_generation == self->generation;
}
