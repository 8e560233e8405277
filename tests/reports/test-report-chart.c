/* test-report-chart.c — bar charts drawn onto an image: bars there and proportional
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "skup-report-chart.h"

#define WIDTH  400
#define HEIGHT 200

/* Pixels of the bar colour on the image's row @y. */
static int
bar_pixels (cairo_surface_t *surface,
            int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  const guint32 *row = (const guint32 *) (data + y * cairo_image_surface_get_stride (surface));
  int n = 0;

  for (int x = 0; x < WIDTH; x++)
    if ((row[x] & 0xffffff) == SKUP_REPORT_CHART_BAR)
      n++;
  return n;
}

static cairo_surface_t *
draw (gboolean    suppress,
      const char *png)
{
  SkupReport report = { .suppress_small = suppress };
  SkupReportBreakdown *gender = skup_report_breakdown_new ("gender", "Gender");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  skup_report_breakdown_add (gender, "Female", 10);
  skup_report_breakdown_add (gender, "Male", 5);
  skup_report_breakdown_add (gender, "Other", 3);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  skup_report_chart_draw (cr, &report, gender, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  cairo_surface_write_to_png (surface, g_test_get_filename (G_TEST_BUILT, png, NULL));
  g_ptr_array_unref (gender->cells);
  g_free (gender->id);
  g_free (gender->title);
  g_free (gender);
  return surface;
}

/* Rows are 28 units high under a 28-unit title: row i's middle is at 42 + 28 i. */
static void
test_proportional (void)
{
  cairo_surface_t *surface = draw (FALSE, "report-chart.png");
  int female = bar_pixels (surface, 42);
  int male = bar_pixels (surface, 70);
  int other = bar_pixels (surface, 98);

  g_assert_cmpint (female, >, 100);
  g_assert_cmpint (ABS (female - 2 * male), <=, 2);
  g_assert_cmpint (ABS (female * 3 - 10 * other), <=, 10);
  g_assert_cmpint (bar_pixels (surface, 10), ==, 0);   /* the title has no bar */
  cairo_surface_destroy (surface);
}

/* A hidden count's bar would give it away: none is drawn. */
static void
test_suppressed (void)
{
  cairo_surface_t *surface = draw (TRUE, "report-chart-suppressed.png");

  g_assert_cmpint (bar_pixels (surface, 42), >, 100);
  g_assert_cmpint (bar_pixels (surface, 70), >, 0);
  g_assert_cmpint (bar_pixels (surface, 98), ==, 0);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/skup/report-chart/proportional", test_proportional);
  g_test_add_func ("/skup/report-chart/suppressed", test_suppressed);
  return g_test_run ();
}
