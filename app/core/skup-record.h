/* skup-record.h — base class of everything stored in the register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "skup-kind.h"

G_BEGIN_DECLS

typedef enum {
  SKUP_FIELD_TEXT,     /* gchararray */
  SKUP_FIELD_CHOICE,   /* gchararray, one nick of a SkupChoice set */
  SKUP_FIELD_DATE,     /* gchararray, ISO YYYY-MM-DD */
  SKUP_FIELD_TIME,     /* gchararray, HH:MM */
  SKUP_FIELD_INT,      /* gint64 */
  SKUP_FIELD_REF,      /* gint64 id of another record, 0 for none */
  SKUP_FIELD_BOOL,     /* gboolean */
  SKUP_FIELD_REAL,     /* gdouble */
} SkupFieldType;

typedef enum {
  SKUP_FIELD_REQUIRED   = 1 << 0,
  SKUP_FIELD_SEARCHABLE = 1 << 1,  /* goes into the cross-script search key */
  SKUP_FIELD_COMPUTED   = 1 << 2,  /* read from an SQL expression, never written */
  SKUP_FIELD_EMAIL      = 1 << 3,
  SKUP_FIELD_MULTILINE  = 1 << 4,  /* a hint for forms */
  SKUP_FIELD_NON_NEGATIVE = 1 << 5,
  SKUP_FIELD_SORT_KEY   = 1 << 6,  /* a folded copy is stored in <column>_key and sorted by */
  SKUP_FIELD_TITLE      = 1 << 7,  /* part of the name: a search matching it ranks first */
  SKUP_FIELD_ZERO_IS_NULL = 1 << 8,  /* an int stored as NULL when 0: "not set" */
} SkupFieldFlags;

/**
 * SkupField:
 * @name: the property name (kebab-case)
 * @column: the column name, or for %SKUP_FIELD_COMPUTED an SQL expression over the
 *   table aliased `t`
 * @type: how the value is stored
 * @flags: #SkupFieldFlags
 * @label: untranslated label (N_()) shown in forms and column headers
 * @extra: the choice set for %SKUP_FIELD_CHOICE
 * @sort: (nullable): what lists sort the field by, an SQL expression over t that both engines
 *   order alike (a stored folded key); %NULL for the column itself
 * @ref: for %SKUP_FIELD_REF, the get_type function of the kind referred to
 *
 * Describes one field of a record type: forms, exports, the CLI and the store all read it,
 * so a field is declared once.
 */
typedef struct {
  const char    *name;
  const char    *column;
  SkupFieldType  type;
  guint          flags;
  const char    *label;
  const char    *extra;
  const char    *sort;
  GType        (*ref) (void);
} SkupField;

#define SKUP_TYPE_RECORD (skup_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (SkupRecord, skup_record, SKUP, RECORD, GObject)

struct _SkupRecordClass
{
  GObjectClass parent_class;

  const char      *table;         /* SQL table */
  const char      *kind;          /* singular nick: "person", "event" … */
  const char      *default_sort;  /* SQL ORDER BY over alias t */
  const SkupField *fields;
  guint            n_fields;

  /* Rules beyond what the field table says (end not before start …). */
  gboolean (*validate)  (SkupRecord  *self,
                         GError     **error);
  /* What a list or a picker shows for the record. */
  char    *(*dup_title) (SkupRecord  *self);
  /* The folded key lists sort by; defaults to the folded title. */
  char    *(*dup_sort_key) (SkupRecord *self);
  /* Extra text for the search key beyond the SEARCHABLE fields. */
  char    *(*dup_search_text) (SkupRecord *self);
  /* What a page's heading says under the title ("Workshop · 28–30 November 2023 · Belgrade"). */
  char    *(*dup_subtitle) (SkupRecord *self);

  /* Everything else said of the kind: its lists, form, sections (see skup-kind.h). */
  const SkupKind *info;

  gpointer padding[4];
};

void              skup_record_class_install_fields (SkupRecordClass *klass,
                                                    const char      *table,
                                                    const char      *kind,
                                                    const char      *default_sort,
                                                    const SkupField *fields,
                                                    guint            n_fields);

void              skup_record_class_set_kind (SkupRecordClass *klass,
                                              const SkupKind  *kind);

SkupRecord       *skup_record_new_for_type  (GType        type);
gint64            skup_record_get_id        (SkupRecord  *self);
void              skup_record_set_id        (SkupRecord  *self,
                                             gint64       id);
const char       *skup_record_get_created_at (SkupRecord *self);
const char       *skup_record_get_updated_at (SkupRecord *self);
void              _skup_record_set_stamps   (SkupRecord  *self,
                                             const char  *created_at,
                                             const char  *updated_at);
char             *skup_record_dup_title     (SkupRecord  *self);
char             *skup_record_dup_sort_key  (SkupRecord  *self);
char             *skup_record_dup_subtitle  (SkupRecord  *self);
char             *skup_record_dup_search_key (SkupRecord *self);
void              skup_record_dup_search_keys (SkupRecord *self,
                                               char      **out_name,
                                               char      **out_other);
gboolean          skup_record_validate      (SkupRecord  *self,
                                             GError     **error);

const SkupField  *skup_record_class_find_field (SkupRecordClass *klass,
                                                const char      *name);
const SkupField  *skup_record_find_field    (SkupRecord  *self,
                                             const char  *name);

/* Typed access by field name. Strings are borrowed; "" is stored as NULL. */
const char       *skup_record_get_string    (SkupRecord  *self,
                                             const char  *name);
void              skup_record_set_string    (SkupRecord  *self,
                                             const char  *name,
                                             const char  *value);
gint64            skup_record_get_int       (SkupRecord  *self,
                                             const char  *name);
void              skup_record_set_int       (SkupRecord  *self,
                                             const char  *name,
                                             gint64       value);
gboolean          skup_record_get_bool      (SkupRecord  *self,
                                             const char  *name);
void              skup_record_set_bool      (SkupRecord  *self,
                                             const char  *name,
                                             gboolean     value);
double            skup_record_get_real      (SkupRecord  *self,
                                             const char  *name);
void              skup_record_set_real      (SkupRecord  *self,
                                             const char  *name,
                                             double       value);
/* The translated label of choice field @name's value, or NULL when it has none. */
const char       *skup_record_get_choice_label (SkupRecord *self,
                                               const char *name);
/* The value as text, as an export or the CLI writes it ("" when empty). */
char             *skup_record_dup_text      (SkupRecord  *self,
                                             const char  *name);
/* Parses @text for the field's type; fails with a field error naming @name. */
gboolean          skup_record_set_from_text (SkupRecord  *self,
                                             const char  *name,
                                             const char  *text,
                                             GError     **error);
GValue           *_skup_record_peek_value   (SkupRecord  *self,
                                             guint        index);
SkupRecord       *skup_record_copy          (SkupRecord  *self);

G_END_DECLS
