/* skup-kind.h — what the window, the CLI and the store know of each kind of record
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Marks the singular and plural of a count for translation where they are stored, not used:
 * xgettext reads it as a pair (po/meson.build gives it --keyword=SKUP_N_PLURAL:1,2), and the
 * user calls g_dngettext() on the two. */
#define SKUP_N_PLURAL(singular, plural) singular, plural

/* How a list shows a column's value. */
typedef enum {
  SKUP_CELL_TEXT,      /* what the row is about */
  SKUP_CELL_DIM,       /* secondary text */
  SKUP_CELL_NUMBER,    /* right-aligned, digits grouped */
  SKUP_CELL_CHOICE,    /* the translated label of a vocabulary value */
  SKUP_CELL_QUANTITY,  /* a number where 0 means not known: shown empty */
  SKUP_CELL_ID,        /* the record's id (tables the CLI prints) */
  SKUP_CELL_DATES,     /* start-date–end-date as one range */
  SKUP_CELL_TURNOUT,   /* registered / attended */
} SkupCellStyle;

typedef enum {
  SKUP_COLUMN_EXPAND    = 1 << 0,  /* takes a share of the room left */
  SKUP_COLUMN_WIDE_ONLY = 1 << 1,  /* hidden when the window is too narrow for it */
} SkupColumnFlags;

/**
 * SkupKindColumn:
 * @field: the record property shown: a field name, or "title-text"
 * @label: the header, N_()
 * @width: the window: at least this many pixels; the CLI: at most this many characters
 */
typedef struct {
  const char    *field;
  const char    *label;
  SkupCellStyle  style;
  guint          flags;
  int            width;
} SkupKindColumn;

/* An order a list offers in its sort menu. */
typedef struct {
  const char *field;
  const char *label;   /* N_() */
} SkupKindSort;

#define SKUP_FORM_GROUP_FIELDS 8

/* A group of the record's form: a heading and the fields under it. */
typedef struct {
  const char *title;         /* N_() */
  const char *description;   /* N_(), nullable */
  const char *fields[SKUP_FORM_GROUP_FIELDS];
} SkupFormGroup;

/**
 * SkupKindSection:
 * @widget: the GType name of the window's section widget ("SkupRoomsGroup",
 *   "SkupRelatedList" …); the window resolves it, so the core names no widget type
 * @records: a related list: the kind of records it lists
 * @filter_field: … those whose field @filter_field points at the record shown
 * @row: how a related list shows each record: "record", "participant", "history",
 *   "event-link"
 * @more_action: (nullable): a window action, taking the record's id ("x"), that shows all of
 *   them where they can be searched (the People list narrowed to an organisation)
 * @more_label: N_() with a mnemonic, the button for @more_action
 *
 * A part of a record's page below its form, in the order the page shows them.
 */
typedef struct {
  const char  *widget;
  const char  *title;         /* N_() */
  const char  *empty_text;    /* N_() */
  GType      (*records) (void);
  const char  *filter_field;
  const char  *sort;
  gboolean     descending;
  const char  *row;
  const char  *more_action;
  const char  *more_label;
} SkupKindSection;

/**
 * SkupKindView:
 * @name: the sidebar page and the CLI word for the list (English, stable: scripts use it)
 * @singular: the CLI word for one record of it
 * @only_if: (nullable): a boolean field a record must have set to be listed ("is-trainer")
 * @count_one: (nullable): with @count_many, SKUP_N_PLURAL() forms of "%s person" / "%s people",
 *   %s being the number as text
 * @columns: (nullable): the list's columns; %NULL lists the kind's own rows (events by date)
 * @table: the columns `skup list` prints
 *
 * One list of a kind, as the sidebar shows it: People and Trainers are two views of people.
 */
typedef struct {
  const char           *name;
  const char           *singular;
  const char           *only_if;
  const char           *title;
  const char           *new_label;
  const char           *search_hint;
  const char           *icon_name;
  const char           *empty_title;
  const char           *empty_description;
  const char           *count_one;
  const char           *count_many;
  const SkupKindColumn *columns;
  guint                 n_columns;
  const SkupKindSort   *sorts;
  guint                 n_sorts;
  const SkupKindColumn *table;
  guint                 n_table;
} SkupKindView;

/**
 * SkupKind:
 * @label: one record, N_() ("Person"), as a page's subtitle names it
 * @new_title: N_() ("New Person"), a new record's page title
 * @search_hint: N_() placeholder of a search for this kind (pickers)
 * @search_code: the kind's number in the shared search index, 1–7, never changed once
 *   used (it is stored in every register); 0 for a kind that is not searched
 * @save_hint: (nullable): N_() on a new record's page: what can be added once it is saved
 * @views: the lists the sidebar shows, in its order; none for kinds only seen inside others
 *
 * Everything beyond its fields that is said about a kind of record, in one place: a record
 * class sets it in its class_init with skup_record_class_set_kind(), and adding a kind is
 * writing its class and registering it (skup_kinds_register()).
 */
typedef struct {
  const char            *label;
  const char            *new_title;
  const char            *search_hint;
  int                    search_code;
  const char            *save_hint;
  const SkupFormGroup   *form;
  guint                  n_form;
  const SkupKindSection *sections;
  guint                  n_sections;
  const SkupKindView    *views;
  guint                  n_views;
} SkupKind;

#define SKUP_KIND_SEARCH_CODES 8

/* The registry: every kind the register holds, in the order the sidebar shows them. */
void                skup_kinds_register      (GType        type);
GType              *skup_kinds_get_all       (guint       *n_types);
GType               skup_kinds_find          (const char  *nick);
const SkupKindView *skup_kinds_find_view     (const char  *name,
                                              GType       *type);
GType               skup_kinds_for_search_code (int        code);
const SkupKind     *skup_kind_for_type       (GType        type);

G_END_DECLS
