/* skup-certificate-print.c — issued certificates to the printer
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The printer gets the pages drawn by the same engine that wrote the issued PDFs, from the
 * same snapshots (skup_issued_document_new()): a page each, since a batch may mix designs (a
 * trainer's certificate among the participants').
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/certificates/skup-issued-document.h"
#include "skup-certificate-print.h"

static GtkPageSetup *
new_page_setup (const SkupPageSetup *setup)
{
  GtkPageSetup *page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper =
    gtk_paper_size_new (setup->paper == SKUP_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                          : GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (page_setup, paper);
  gtk_page_setup_set_orientation (page_setup, setup->landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                               : GTK_PAGE_ORIENTATION_PORTRAIT);
  return page_setup;
}

static void
on_request_page_setup (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page,
                       GtkPageSetup      *setup,
                       GPtrArray         *documents)
{
  g_autoptr(GtkPageSetup) own =
    new_page_setup (skup_document_get_page_setup (g_ptr_array_index (documents, page)));

  gtk_page_setup_set_orientation (setup, gtk_page_setup_get_orientation (own));
}

/* The unit is the point, the engine's: a page smaller than the certificate (A4 on Letter)
 * shrinks it to fit rather than cut its edge off. */
static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              GPtrArray         *documents)
{
  SkupDocument *document = g_ptr_array_index (documents, page);
  const SkupPageSetup *setup = skup_document_get_page_setup (document);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = MIN (gtk_print_context_get_width (context) / skup_page_setup_get_width (setup),
                      gtk_print_context_get_height (context)
                      / skup_page_setup_get_height (setup));

  if (scale < 1.0)
    cairo_scale (cr, scale, scale);
  skup_document_draw_page (document, cr, 0);
}

static void
unref_documents (gpointer  data,
                 GClosure *closure)
{
  g_ptr_array_unref (data);
}

static GPtrArray *
load_documents (SkupStore     *store,
                const gint64  *ids,
                guint          n_ids,
                GError       **error)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(SkupCertificateEntry) entry = skup_store_load_certificate (store, ids[i], error);
      SkupDocument *document = entry ? skup_issued_document_new (store, entry, error) : NULL;

      if (document == NULL)
        return NULL;
      g_ptr_array_add (documents, document);
    }
  return g_steal_pointer (&documents);
}

static GtkPrintOperation *
new_operation (GPtrArray  *documents,
               const char *job_name)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) page_setup =
    new_page_setup (skup_document_get_page_setup (g_ptr_array_index (documents, 0)));

  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_n_pages (operation, documents->len);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  g_signal_connect_data (operation, "request-page-setup", G_CALLBACK (on_request_page_setup),
                         g_ptr_array_ref (documents), unref_documents, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page),
                         g_ptr_array_ref (documents), unref_documents, 0);
  return operation;
}

gboolean
_skup_certificate_print (GtkWindow     *parent,
                         SkupStore     *store,
                         const gint64  *ids,
                         guint          n_ids,
                         const char    *job_name,
                         const char    *export_path,
                         GError       **error)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (n_ids > 0, FALSE);

  documents = load_documents (store, ids, n_ids, error);
  if (documents == NULL)
    return FALSE;
  operation = new_operation (documents, job_name);
  if (export_path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_path);
      return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent,
                                      error) != GTK_PRINT_OPERATION_RESULT_ERROR;
    }
  /* The print dialog runs beside the main loop; the operation keeps itself until "done". */
  gtk_print_operation_set_allow_async (operation, TRUE);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                  error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}
