/* test-cli.c — the headless command line: commands, exit codes and output formats
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "cli/skup-cli.h"
#include "cli/skup-cli-private.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-store.h"
#include "skup-test-engines.h"

/* Most cases run the command line in-process through skup_cli_run_captured(); a few spawn
 * the real binary ($SKUP_BINARY) with no display, to prove the command line never needs one. */

typedef struct
{
  char    *dir;
  char    *db;
  GString *out;
  GString *err;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("skup-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "skup.db", NULL);
  f->out = g_string_new (NULL);
  f->err = g_string_new (NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  skup_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_string_free (f->out, TRUE);
  g_string_free (f->err, TRUE);
}

/* Runs `skup ARGS…` (NULL-terminated) in-process with fresh output buffers. */
static int
run (Fixture    *f,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (char *) "skup");
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_string_truncate (f->out, 0);
  g_string_truncate (f->err, 0);
  return skup_cli_run_captured (args->len - 1, (char **) args->pdata, f->out, f->err);
}

/* ---- A small strict JSON checker: scripts must be able to parse what we write -------------- */

static gboolean json_value (const char **p);

static void
json_space (const char **p)
{
  while (**p == ' ' || **p == '\n' || **p == '\r' || **p == '\t')
    (*p)++;
}

static gboolean
json_string (const char **p)
{
  if (**p != '"')
    return FALSE;
  for ((*p)++; **p != '"'; (*p)++)
    {
      if ((guchar) **p < 0x20)
        return FALSE;
      if (**p != '\\')
        continue;
      (*p)++;
      if (**p == 'u')
        {
          for (int i = 1; i <= 4; i++)
            if (!g_ascii_isxdigit ((*p)[i]))
              return FALSE;
          *p += 4;
        }
      else if (strchr ("\"\\/bfnrt", **p) == NULL || **p == '\0')
        return FALSE;
    }
  (*p)++;
  return TRUE;
}

static gboolean
json_number (const char **p)
{
  const char *start = *p;

  if (**p == '-')
    (*p)++;
  if (!g_ascii_isdigit (**p) || (**p == '0' && g_ascii_isdigit ((*p)[1])))
    return FALSE;
  while (**p != '\0' && (g_ascii_isdigit (**p) || strchr (".eE+-", **p) != NULL))
    (*p)++;
  return *p > start;
}

static gboolean
json_expect (const char **p,
             char         c)
{
  json_space (p);
  if (**p != c)
    return FALSE;
  (*p)++;
  return TRUE;
}

static gboolean
json_member (const char **p,
             gboolean     keyed)
{
  if (keyed)
    {
      json_space (p);
      if (!json_string (p) || !json_expect (p, ':'))
        return FALSE;
    }
  return json_value (p);
}

static gboolean
json_members (const char **p,
              char         open,
              char         close)
{
  if (!json_expect (p, open))
    return FALSE;
  if (json_expect (p, close))
    return TRUE;
  do
    if (!json_member (p, open == '{'))
      return FALSE;
  while (json_expect (p, ','));

  return json_expect (p, close);
}

static gboolean
json_value (const char **p)
{
  static const char *words[] = { "true", "false", "null" };

  json_space (p);
  if (**p == '{')
    return json_members (p, '{', '}');
  if (**p == '[')
    return json_members (p, '[', ']');
  if (**p == '"')
    return json_string (p);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (*p, words[i]))
      {
        *p += strlen (words[i]);
        return TRUE;
      }
  return json_number (p);
}

static void
assert_valid_json (const char *text)
{
  const char *p = text;

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (json_value (&p));
  json_space (&p);
  g_assert_cmpint (*p, ==, '\0');
}

/* And a second opinion, when Debian's python is there. */
static void
assert_python_parses (const char *dir,
                      const char *text)
{
  g_autofree char *path = g_build_filename (dir, "out.json", NULL);
  const char *argv[] = { "/usr/bin/python3", "-m", "json.tool", path, NULL };
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    return;
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* ---- A small RFC 4180 reader ---------------------------------------------------------------- */

/* Returns rows of fields; (element-type GPtrArray) of (element-type utf8). */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (!quoted && *p == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          p++;
        }
      else
        g_string_append_c (field, *p);
    }
  g_assert_false (quoted);
  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_unref (row);
  return rows;
}

static gint64
add_person (const char *db,
            const char *given,
            const char *family,
            const char *city)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (db, &error);
  g_autoptr(SkupPerson) person = skup_person_new ();

  g_assert_no_error (error);
  skup_record_set_string (SKUP_RECORD (person), "given-name", given);
  skup_record_set_string (SKUP_RECORD (person), "family-name", family);
  skup_record_set_string (SKUP_RECORD (person), "city", city);
  skup_store_save (store, SKUP_RECORD (person), &error);
  g_assert_no_error (error);
  return skup_record_get_id (SKUP_RECORD (person));
}

/* ---- Cases ------------------------------------------------------------------------------ */

static void
test_wants (void)
{
  struct { const char *argv[5]; gboolean wants; } cases[] = {
    { { "skup", NULL }, FALSE },
    { { "skup", "--database", "x.db", NULL }, FALSE },
    { { "skup", "--database=x.db", NULL }, FALSE },
    { { "skup", "--gapplication-service", NULL }, FALSE },
    { { "skup", "--database", "list", NULL }, FALSE },
    { { "skup", "list", NULL }, TRUE },
    { { "skup", "--database", "x.db", "list", NULL }, TRUE },
    { { "skup", "--database=x.db", "demo", NULL }, TRUE },
    { { "skup", "--help", NULL }, TRUE },
    { { "skup", "-h", NULL }, TRUE },
    { { "skup", "--database", "x.db", "--version", NULL }, TRUE },
    { { "skup", "nonsense", NULL }, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int argc = g_strv_length ((char **) cases[i].argv);

      g_assert_cmpint (skup_cli_wants (argc, (char **) cases[i].argv), ==, cases[i].wants);
    }
}

static void
test_version (Fixture       *f,
              gconstpointer  data)
{
  g_assert_cmpint (run (f, "--version", NULL), ==, 0);
  g_assert_cmpstr (f->out->str, ==, "skup 0.1.0\n");
  g_assert_cmpstr (f->err->str, ==, "");
}

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  const char *commands[] = { "demo", "list", "import", "attendance", "export", "report",
                             "certificates", "verify", "backup", "restore" };

  g_assert_cmpint (run (f, "--help", NULL), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", commands[i]);

      g_assert_nonnull (strstr (f->out->str, line));
    }
  g_assert_nonnull (strstr (f->out->str, "(coming)"));
  g_assert_nonnull (strstr (f->out->str, "--database"));
  g_assert_cmpstr (f->err->str, ==, "");

  g_assert_cmpint (run (f, "list", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "--format"));
  g_assert_cmpint (run (f, "demo", "-h", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "--people"));
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

static void
test_unknown_command (Fixture       *f,
                      gconstpointer  data)
{
  g_assert_cmpint (run (f, "--database", f->db, "frobnicate", NULL), ==, 2);
  g_assert_true (g_str_has_prefix (f->err->str, "skup: "));
  g_assert_nonnull (strstr (f->err->str, "frobnicate"));
  g_assert_nonnull (strstr (f->err->str, "Usage:"));
  g_assert_cmpstr (f->out->str, ==, "");

  g_assert_cmpint (run (f, "--frobnicate", "list", NULL), ==, 2);
  g_assert_cmpint (run (f, "--database", NULL), ==, 2);
  g_assert_cmpint (run (f, "--database", f->db, NULL), ==, 2);
}

static void
test_coming (Fixture       *f,
             gconstpointer  data)
{
  g_assert_cmpint (run (f, "--database", f->db, "backup", NULL), ==, 1);
  g_assert_cmpstr (f->err->str, ==, "skup: “backup” is not available yet in this version\n");
  g_assert_cmpstr (f->out->str, ==, "");
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run (f, "backup", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "not available yet"));
}

static void
test_demo_search (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_cmpint (run (f, "--database", f->db, "demo", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "people"));

  g_assert_cmpint (run (f, "--database", f->db, "list", "people", "--search", "милошевић",
                        "--format", "json", NULL), ==, 0);
  g_assert_cmpstr (f->err->str, ==, "");
  assert_valid_json (f->out->str);
  assert_python_parses (f->dir, f->out->str);
  g_assert_nonnull (strstr (f->out->str, "\"given_name\": \"Milutin\""));
  g_assert_nonnull (strstr (f->out->str, "\"family_name\": \"Milošević\""));
  g_assert_nonnull (strstr (f->out->str, "\"id\": "));

  /* Running it again adds nothing, and says so. */
  g_assert_cmpint (run (f, "--database", f->db, "demo", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "nothing added"));
}

static void
test_every_kind (Fixture       *f,
                 gconstpointer  data)
{
  const char *kinds[] = { "events", "people", "trainers", "organisations", "venues",
                          "projects" };
  const char *formats[] = { "json", "csv", "table" };

  g_assert_cmpint (run (f, "--database", f->db, "demo", NULL), ==, 0);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
      {
        g_assert_cmpint (run (f, "--database", f->db, "list", kinds[k], "--format", formats[i],
                              NULL), ==, 0);
        g_assert_cmpstr (f->err->str, ==, "");
        g_assert_cmpuint (f->out->len, >, 0);
        if (i == 0)
          assert_valid_json (f->out->str);
      }
}

static void
test_json_empty (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_cmpint (run (f, "--database", f->db, "list", "venues", "--format", "json", NULL),
                   ==, 0);
  g_assert_cmpstr (f->out->str, ==, "[]\n");
}

static void
test_json_escape (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  _skup_cli_json_escape (out, "a\"b\\c\nd\te\x01" "f\x7f Ђурђевић ž");
  g_assert_cmpstr (out->str, ==, "\"a\\\"b\\\\c\\nd\\te\\u0001f\\u007f Ђурђевић ž\"");
  assert_valid_json (out->str);
}

static void
test_json_odd_values (Fixture       *f,
                      gconstpointer  data)
{
  add_person (f->db, "Ana \"Ani\"\\ \x01", "Tab\tNew\nLine", NULL);

  g_assert_cmpint (run (f, "--database", f->db, "list", "people", "--format", "json", NULL),
                   ==, 0);
  assert_valid_json (f->out->str);
  assert_python_parses (f->dir, f->out->str);
  g_assert_nonnull (strstr (f->out->str, "\"city\": null"));
  g_assert_nonnull (strstr (f->out->str, "\"is_trainer\": false"));
  g_assert_nonnull (strstr (f->out->str, "\"organisation_id\": null"));
}

static void
test_csv_round_trip (Fixture       *f,
                     gconstpointer  data)
{
  const char *family = "Đorđević, \"Đole\"\r\nml.";
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *header;
  guint family_column = G_MAXUINT;
  gboolean found = FALSE;

  add_person (f->db, "Čedomir", family, "Niš");
  g_assert_cmpint (run (f, "--database", f->db, "list", "people", "--format=csv", NULL), ==, 0);
  g_assert_true (g_str_has_suffix (f->out->str, "\r\n"));

  rows = parse_csv (f->out->str);
  g_assert_cmpuint (rows->len, ==, 2);
  header = rows->pdata[0];
  g_assert_cmpstr (header->pdata[0], ==, "id");
  for (guint c = 0; c < header->len; c++)
    if (g_str_equal (header->pdata[c], "family_name"))
      family_column = c;
  g_assert_cmpuint (family_column, <, header->len);

  for (guint r = 1; r < rows->len; r++)
    {
      GPtrArray *row = rows->pdata[r];

      g_assert_cmpuint (row->len, ==, header->len);
      found |= g_str_equal (row->pdata[family_column], family);
    }
  g_assert_true (found);
}

/* `skup list --format csv` writes through the one CSV writer: quoted, and neutralised. */
static void
test_list_csv_neutralised (Fixture       *f,
                           gconstpointer  data)
{
  add_person (f->db, "=cmd|' /C calc'!A0", "Antić, \"Ana\"", "@Beograd");

  g_assert_cmpint (run (f, "--database", f->db, "list", "people", "--format", "csv", NULL),
                   ==, 0);
  g_assert_cmpstr (f->err->str, ==, "");
  g_assert_nonnull (strstr (f->out->str, ",\"'=cmd|' /C calc'!A0\","));
  g_assert_nonnull (strstr (f->out->str, ",\"Antić, \"\"Ana\"\"\","));
  g_assert_nonnull (strstr (f->out->str, ",\"'@Beograd\""));
  g_assert_null (strstr (f->out->str, ",=cmd"));
}

static int
column_of (const char *line,
           const char *cell)
{
  const char *at = strstr (line, cell);

  g_assert_nonnull (at);
  return g_utf8_pointer_to_offset (line, at);
}

static void
test_table (Fixture       *f,
            gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;

  add_person (f->db, "Милутин", "Милошевић", "Ниш");
  add_person (f->db, "Ana", "Kos", "Zrenjanin");
  g_assert_cmpint (run (f, "--database", f->db, "list", "people", NULL), ==, 0);

  /* Header, two rows, a blank line and the count; columns line up by characters. */
  lines = g_strsplit (f->out->str, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  for (guint r = 1; r <= 2; r++)
    {
      const char *city = strstr (lines[r], "Ниш") ? "Ниш" : "Zrenjanin";

      g_assert_cmpint (column_of (lines[0], "City"), ==, column_of (lines[r], city));
      g_assert_false (g_str_has_suffix (lines[r], " "));
    }
  g_assert_cmpstr (lines[3], ==, "");
  g_assert_cmpstr (lines[4], ==, "2 people");
}

static void
test_sanitize_cell (void)
{
  g_autofree char *plain = _skup_cli_sanitize_cell ("Ђорђе", 5);
  g_autofree char *cut = _skup_cli_sanitize_cell ("Ђорђе Јоксимовић", 6);
  g_autofree char *controls = _skup_cli_sanitize_cell ("a\nb\x1b[2Jc", 20);

  g_assert_cmpstr (plain, ==, "Ђорђе");
  g_assert_cmpstr (cut, ==, "Ђорђе…");
  g_assert_cmpstr (controls, ==, "a b [2Jc");
}

static void
test_database_mode (Fixture       *f,
                    gconstpointer  data)
{
  GStatBuf st;

  g_assert_cmpint (run (f, "--database", f->db, "list", "venues", NULL), ==, 0);
  g_assert_cmpint (g_stat (f->db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_nonnull (strstr (f->out->str, "0 venues"));
}

static void
test_database_equals (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *option = g_strdup_printf ("--database=%s", f->db);

  g_assert_cmpint (run (f, option, "list", "projects", NULL), ==, 0);
  g_assert_true (g_file_test (f->db, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run (f, "--database=", "list", "projects", NULL), ==, 2);
  g_assert_nonnull (strstr (f->err->str, "--database"));
}

static void
test_database_after_command (Fixture       *f,
                             gconstpointer  data)
{
  g_assert_cmpint (run (f, "list", "venues", "--database", f->db, NULL), ==, 0);
  g_assert_true (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

static void
test_database_env (Fixture       *f,
                   gconstpointer  data)
{
  g_setenv ("SKUP_DATABASE", f->db, TRUE);
  g_assert_cmpint (run (f, "list", "organisations", NULL), ==, 0);
  g_unsetenv ("SKUP_DATABASE");
  g_assert_true (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  struct { const char *args[7]; const char *named; } cases[] = {
    { { "list", "people", "--format", "xml" }, "xml" },
    { { "list", "spaceships", NULL }, "spaceships" },
    { { "list", "people", "--search", NULL }, "--search" },
    { { "list", "people", "--sort", "shoe_size" }, "shoe_size" },
    { { "list", "events", "--trainers", NULL }, "--trainers" },
    { { "list", "events", "--organisation", "1" }, "--organisation" },
    { { "list", "people", "--organisation", "-3" }, "--organisation" },
    { { "list", "people", "extra", NULL }, "extra" },
    { { "list", "people", "--colour", NULL }, "--colour" },
    { { "demo", "--people", "0", "--events", "5" }, "--people" },
    { { "demo", "--people", "5", "--events", "many" }, "--events" },
    { { "demo", "--events", "5", "--people" }, "--people" },
    { { "demo", "--people", "5", "--events", "5", "--seed=-1" }, "--seed" },
    { { "demo", "--people", "5" }, "--events" },
    { { "demo", "--people", "ten", NULL }, "--people" },
    { { "export", "sign-in-sheet", "--output", "x.pdf", NULL }, "--event" },
    { { "export", "sign-in-sheet", "--event", "2", NULL }, "--output" },
    { { "export", "sign-in-sheet", "--event", "2", "--paper", "a3" }, "--paper" },
    { { "export", "sign-in-sheet", "--event", "2", "--script", "greek" }, "--script" },
    { { "export", "sign-in-sheet", "--event", "2", "--columns", "name,shoe" }, "shoe" },
    { { "export", "sign-in-sheet", "--event", "2", "--blank-rows", "-1" }, "--blank-rows" },
    { { "export", "sign-in-sheet", "--event", "2", "--landscape", "--portrait" }, "--landscape" },
    { { "export", "sign-in-sheet", "--event", "2", "--session", "0" }, "--session" },
    { { "export", "attendance-sheet", NULL }, "attendance-sheet" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char **a = cases[i].args;

      g_assert_cmpint (run (f, "--database", f->db, a[0], a[1], a[2], a[3], a[4], a[5], a[6],
                            NULL), ==, 2);
      g_assert_true (g_str_has_prefix (f->err->str, "skup: "));
      g_assert_nonnull (strstr (f->err->str, cases[i].named));
      g_assert_cmpstr (f->out->str, ==, "");
    }
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  add_person (f->db, "Zorana", "Zec", "Beograd");
  add_person (f->db, "Ana", "Antić", "Novi Sad");

  g_assert_cmpint (run (f, "--database", f->db, "list", "people", "--sort", "family_name",
                        "--format", "csv", NULL), ==, 0);
  g_assert_cmpint (strstr (f->out->str, "Antić") - strstr (f->out->str, "Zec"), <, 0);
  g_assert_cmpint (run (f, "--database", f->db, "list", "people", "--sort", "family-name",
                        "--descending", "--format", "csv", NULL), ==, 0);
  g_assert_cmpint (strstr (f->out->str, "Antić") - strstr (f->out->str, "Zec"), >, 0);
}

/* --organisation lists the people of one organisation; an id that names none is an error. */
static void
test_list_organisation (Fixture       *f,
                        gconstpointer  data)
{
  gint64 ana = add_person (f->db, "Ana", "Antić", "Novi Sad");
  gint64 zorana = add_person (f->db, "Zorana", "Zec", "Beograd");
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  add_person (f->db, "Boris", "Babić", "Niš");
  {
    g_autoptr(SkupStore) store = skup_store_open (f->db, &error);
    g_autoptr(SkupRecord) organisation = SKUP_RECORD (skup_organisation_new ());

    skup_record_set_string (organisation, "name", "Re Generation");
    g_assert_true (skup_store_save (store, organisation, &error));
    for (guint i = 0; i < 2; i++)
      {
        g_autoptr(SkupRecord) person = skup_store_load (store, SKUP_TYPE_PERSON,
                                                        i ? zorana : ana, &error);
        skup_record_set_int (person, "organisation-id", skup_record_get_id (organisation));
        g_assert_true (skup_store_save (store, person, &error));
      }
    g_assert_no_error (error);
    id = g_strdup_printf ("%" G_GINT64_FORMAT, skup_record_get_id (organisation));
  }

  g_assert_cmpint (run (f, "--database", f->db, "list", "people", "--organisation", id,
                        "--format", "csv", NULL), ==, 0);
  g_assert_cmpstr (f->err->str, ==, "");
  g_assert_nonnull (strstr (f->out->str, "Antić"));
  g_assert_nonnull (strstr (f->out->str, "Zec"));
  g_assert_null (strstr (f->out->str, "Babić"));

  g_assert_cmpint (run (f, "--database", f->db, "list", "people", "--organisation", "999",
                        NULL), ==, 1);
  g_assert_nonnull (strstr (f->err->str, "999"));
  g_assert_cmpstr (f->out->str, ==, "");
}

/* ---- The real binary, with no display ---------------------------------------------------- */

static int
spawn_skup_in (Fixture     *f,
               const char  *locale,
               const char **args,
               char       **out,
               char       **err)
{
  const char *binary = g_getenv ("SKUP_BINARY");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = -1;

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "SKUP_DATABASE", f->db, TRUE);
  if (locale != NULL)
    env = g_environ_setenv (env, "LC_ALL", locale, TRUE);
  g_ptr_array_add (argv, (char *) binary);
  for (; *args != NULL; args++)
    g_ptr_array_add (argv, (char *) *args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static int
spawn_skup (Fixture     *f,
            const char **args,
            char       **out,
            char       **err)
{
  return spawn_skup_in (f, NULL, args, out, err);
}

/* Runs the binary with one argument and checks its exit status and where the text went. */
static void
assert_binary (Fixture    *f,
               const char *arg,
               int         status,
               const char *in_out,
               const char *in_err)
{
  const char *args[] = { arg, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (spawn_skup (f, args, &out, &err), ==, status);
  g_assert_nonnull (strstr (out, in_out));
  g_assert_nonnull (strstr (err, in_err));
}

static void
test_binary (Fixture       *f,
             gconstpointer  data)
{
  if (g_getenv ("SKUP_BINARY") == NULL)
    {
      g_test_skip ("SKUP_BINARY is not set");
      return;
    }

  assert_binary (f, "--version", 0, "skup 0.1.0\n", "");
  assert_binary (f, "--help", 0, "certificates", "");
  assert_binary (f, "frobnicate", 2, "", "Usage:");
  assert_binary (f, "backup", 1, "", "not available yet");
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

/* Run from the build tree as build-aux/run runs it (SKUP_LOCALEDIR), Skup speaks the user's
 * language, in either script. */
static void
test_binary_speaks_serbian (Fixture       *f,
                            gconstpointer  data)
{
  const char *args[] = { "--help", NULL };
  g_autofree char *cyrillic = NULL;
  g_autofree char *latin = NULL;
  g_autofree char *err = NULL;

  g_assert_nonnull (g_getenv ("SKUP_LOCALEDIR"));
  g_assert_cmpint (spawn_skup_in (f, "sr_RS.UTF-8", args, &cyrillic, &err), ==, 0);
  g_assert_nonnull (strstr (cyrillic, "Употреба:"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (spawn_skup_in (f, "sr_RS.UTF-8@latin", args, &latin, &err), ==, 0);
  g_assert_nonnull (strstr (latin, "Upotreba:"));
}

/* `skup export sign-in-sheet` writes the PDF it names and says what is in it; an event or
 * session that is not there fails (status 1) and leaves no file. */
static void
test_export_sign_in_sheet (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "Lista – Beograd.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_cmpint (run (f, "--database", f->db, "demo", NULL), ==, 0);
  g_assert_cmpint (run (f, "--database", f->db, "export", "sign-in-sheet", "--event", "2",
                        "--language", "sr", "--script", "latin", "--blank-rows", "3",
                        "--output", pdf, NULL), ==, 0);
  g_assert_cmpstr (f->err->str, ==, "");
  g_assert_nonnull (strstr (f->out->str, "Lista – Beograd.pdf\n"));
  g_assert_nonnull (strstr (f->out->str, "pages, 24 people\n"));
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_unlink (pdf);

  /* Without --language the sheet is in the event's: the workshop's is Serbian, so Cyrillic. */
  g_assert_cmpint (run (f, "--database", f->db, "export", "sign-in-sheet", "--event", "2",
                        "--output", pdf, NULL), ==, 0);
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
    g_autofree char *text = NULL;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 &text, NULL, NULL, NULL));
    g_assert_nonnull (strstr (text, "ЛИСТА ПРИСУСТВА"));
  }
  g_unlink (pdf);

  g_assert_cmpint (run (f, "--database", f->db, "export", "sign-in-sheet", "--event", "9999",
                        "--output", pdf, NULL), ==, 1);
  g_assert_true (g_str_has_prefix (f->err->str, "skup: "));
  g_assert_cmpint (run (f, "--database", f->db, "export", "sign-in-sheet", "--event", "2",
                        "--session", "4", "--output", pdf, NULL), ==, 1);
  g_assert_nonnull (strstr (f->err->str, "There is no session 4: the event has 3 sessions."));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  /* Sessions are named by their place in the programme: the second is day 2 of 3. */
  g_assert_cmpint (run (f, "--database", f->db, "export", "sign-in-sheet", "--event", "2",
                        "--session", "2", "--language", "en", "--output", pdf, NULL), ==, 0);
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
    g_autofree char *text = NULL;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 &text, NULL, NULL, NULL));
    g_assert_nonnull (strstr (text, "Day 2 of 3"));
  }
  g_unlink (pdf);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run (f, "export", "sign-in-sheet", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "--blank-rows"));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  /* Nothing here may reach the developer's own register. */
  g_unsetenv ("SKUP_DATABASE");

  g_test_add_func ("/skup/cli/wants", test_wants);
  g_test_add_func ("/skup/cli/json-escape", test_json_escape);
  g_test_add_func ("/skup/cli/sanitize-cell", test_sanitize_cell);
  ADD ("/skup/cli/version", test_version);
  ADD ("/skup/cli/help", test_help);
  ADD ("/skup/cli/unknown-command", test_unknown_command);
  ADD ("/skup/cli/coming", test_coming);
  ADD ("/skup/cli/demo-search", test_demo_search);
  ADD ("/skup/cli/every-kind", test_every_kind);
  ADD ("/skup/cli/json-empty", test_json_empty);
  ADD ("/skup/cli/json-odd-values", test_json_odd_values);
  ADD ("/skup/cli/csv-round-trip", test_csv_round_trip);
  ADD ("/skup/cli/table", test_table);
  ADD ("/skup/cli/database-mode", test_database_mode);
  ADD ("/skup/cli/database-equals", test_database_equals);
  ADD ("/skup/cli/database-after-command", test_database_after_command);
  ADD ("/skup/cli/database-env", test_database_env);
  ADD ("/skup/cli/usage-errors", test_usage_errors);
  ADD ("/skup/cli/sort", test_sort);
  ADD ("/skup/cli/export-sign-in-sheet", test_export_sign_in_sheet);
  ADD ("/skup/cli/list-organisation", test_list_organisation);
  ADD ("/skup/cli/list-csv-neutralised", test_list_csv_neutralised);
  ADD ("/skup/cli/binary", test_binary);
  ADD ("/skup/cli/binary-speaks-serbian", test_binary_speaks_serbian);

  return g_test_run ();
}
