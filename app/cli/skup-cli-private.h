/* skup-cli-private.h — what the command files of the command line share
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "skup-record.h"
#include "skup-store.h"

G_BEGIN_DECLS

/* Exit statuses: scripts tell a typing mistake (2) from a failure of the work itself (1). */
typedef enum {
  SKUP_CLI_CONTINUE = -1,  /* internal: options parsed, go on */
  SKUP_CLI_OK = 0,
  SKUP_CLI_FAILED = 1,
  SKUP_CLI_USAGE = 2,
} SkupCliStatus;

/* One run of the command line. @out and @err are NULL when writing to stdout and stderr,
 * and the caller's buffers when a test captures the output. */
typedef struct {
  GString *out;
  GString *err;
  char    *database;
} SkupCli;

typedef enum {
  SKUP_CLI_FORMAT_TABLE,
  SKUP_CLI_FORMAT_CSV,
  SKUP_CLI_FORMAT_JSON,
} SkupCliFormat;

void        _skup_cli_write         (SkupCli     *cli,
                                     const char  *text,
                                     gssize       len);
void        _skup_cli_print         (SkupCli     *cli,
                                     const char  *format,
                                     ...) G_GNUC_PRINTF (2, 3);
int         _skup_cli_fail          (SkupCli     *cli,
                                     const char  *format,
                                     ...) G_GNUC_PRINTF (2, 3);
int         _skup_cli_usage_error   (SkupCli     *cli,
                                     const char  *command,
                                     const char  *format,
                                     ...) G_GNUC_PRINTF (3, 4);
int         _skup_cli_fail_error    (SkupCli     *cli,
                                     const GError *error);
gboolean    _skup_cli_wants_help    (int          argc,
                                     char       **argv);
int         _skup_cli_parse_options (SkupCli     *cli,
                                     GOptionContext *context,
                                     const char  *command,
                                     int          argc,
                                     char       **argv,
                                     GStrv       *out_rest);
int         _skup_cli_print_command_help (SkupCli            *cli,
                                          const char         *command,
                                          const char         *usage,
                                          const GOptionEntry *entries,
                                          const char         *examples);
gboolean    _skup_cli_take_database (SkupCli     *cli,
                                     const char  *path);
SkupStore  *_skup_cli_open_store    (SkupCli     *cli,
                                     GError     **error);

/* The commands: @argv[0] is the command word. */
int         _skup_cli_copy          (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);
int         _skup_cli_demo          (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);
int         _skup_cli_export        (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);
int         _skup_cli_import        (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);
int         _skup_cli_list          (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);
int         _skup_cli_logo          (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);
int         _skup_cli_register      (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);
int         _skup_cli_attendance    (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);
int         _skup_cli_check_in      (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);
int         _skup_cli_sheet         (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);
int         _skup_cli_certificates  (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);
int         _skup_cli_verify        (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);
int         _skup_cli_evaluations   (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);
int         _skup_cli_report        (SkupCli     *cli,
                                     int          argc,
                                     char       **argv);

/* Writers of a list of records (skup-cli-format.c). */
void        _skup_cli_json_escape   (GString     *out,
                                     const char  *text);
char       *_skup_cli_sanitize_cell (const char  *text,
                                     guint        max_chars);
SkupRecordClass *_skup_cli_record_class (GType type);
char       *_skup_cli_field_key     (const SkupField *field);
void        _skup_cli_write_json    (SkupCli     *cli,
                                     GListModel  *records,
                                     GType        type);
void        _skup_cli_write_csv     (SkupCli     *cli,
                                     GListModel  *records,
                                     GType        type);
void        _skup_cli_write_table   (SkupCli            *cli,
                                     GListModel         *records,
                                     const SkupKindView *view);

G_END_DECLS
