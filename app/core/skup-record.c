/* skup-record.c — base class of everything stored in the register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "skup-choices.h"
#include "skup-error.h"
#include "skup-record.h"
#include "skup-record-private.h"
#include "skup-text.h"

/* A record keeps its values in a GValue per field, in the order of its class's field table, so
 * the store, forms and exports can all walk the table instead of knowing every type. Each field
 * is also a GObject property, so list views bind to it in .ui files. */

typedef struct
{
  gint64  id;
  char   *created_at;
  char   *updated_at;
  GValue *values;
} SkupRecordPrivate;

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SkupRecord, skup_record, G_TYPE_OBJECT)

static GType
field_gtype (SkupFieldType type)
{
  switch (type)
    {
    case SKUP_FIELD_INT:
    case SKUP_FIELD_REF:
      return G_TYPE_INT64;
    case SKUP_FIELD_BOOL:
      return G_TYPE_BOOLEAN;
    case SKUP_FIELD_REAL:
      return G_TYPE_DOUBLE;
    case SKUP_FIELD_TEXT:
    case SKUP_FIELD_CHOICE:
    case SKUP_FIELD_DATE:
    case SKUP_FIELD_TIME:
    default:
      return G_TYPE_STRING;
    }
}

static GValue *
ensure_values (SkupRecord *self)
{
  SkupRecordPrivate *priv = skup_record_get_instance_private (self);
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (self);

  if (priv->values == NULL)
    {
      priv->values = g_new0 (GValue, MAX (klass->n_fields, 1));
      for (guint i = 0; i < klass->n_fields; i++)
        g_value_init (&priv->values[i], field_gtype (klass->fields[i].type));
    }

  return priv->values;
}

static guint
field_index (SkupRecord *self,
             const char *name)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].name, name))
      return i;

  g_critical ("%s has no field “%s”", G_OBJECT_TYPE_NAME (self), name);
  return G_MAXUINT;
}

GValue *
_skup_record_peek_value (SkupRecord *self,
                         guint       index)
{
  g_return_val_if_fail (SKUP_IS_RECORD (self), NULL);
  g_return_val_if_fail (index < SKUP_RECORD_GET_CLASS (self)->n_fields, NULL);

  return &ensure_values (self)[index];
}

static void
skup_record_field_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  g_value_copy (_skup_record_peek_value (SKUP_RECORD (object), prop_id - 1), value);
}

static void
skup_record_field_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SkupRecord *self = SKUP_RECORD (object);
  GValue *slot = _skup_record_peek_value (self, prop_id - 1);

  if (G_VALUE_HOLDS_STRING (value))
    {
      const char *s = g_value_get_string (value);

      /* An empty entry means "not filled in": keep one representation of that. */
      if (s != NULL && *s == '\0')
        s = NULL;
      if (g_strcmp0 (s, g_value_get_string (slot)) == 0)
        return;
      g_value_set_string (slot, s);
    }
  else
    {
      if (g_param_values_cmp (pspec, value, slot) == 0)
        return;
      g_value_copy (value, slot);
    }

  g_object_notify_by_pspec (object, pspec);
  g_object_notify_by_pspec (object, properties[PROP_TITLE]);
}

static GParamSpec *
field_pspec (const SkupField *field)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (field->type)
    {
    case SKUP_FIELD_INT:
    case SKUP_FIELD_REF:
      return g_param_spec_int64 (field->name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
    case SKUP_FIELD_BOOL:
      return g_param_spec_boolean (field->name, NULL, NULL, FALSE, flags);
    case SKUP_FIELD_REAL:
      return g_param_spec_double (field->name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
    case SKUP_FIELD_TEXT:
    case SKUP_FIELD_CHOICE:
    case SKUP_FIELD_DATE:
    case SKUP_FIELD_TIME:
    default:
      return g_param_spec_string (field->name, NULL, NULL, NULL, flags);
    }
}

/**
 * skup_record_class_install_fields:
 * @klass: a subclass's class, from its class_init
 * @fields: (array length=n_fields): a static field table
 *
 * Declares the table, the fields and their properties of a record type.
 */
void
skup_record_class_install_fields (SkupRecordClass *klass,
                                  const char      *table,
                                  const char      *kind,
                                  const char      *default_sort,
                                  const SkupField *fields,
                                  guint            n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  klass->table = table;
  klass->kind = kind;
  klass->default_sort = default_sort;
  klass->fields = fields;
  klass->n_fields = n_fields;

  object_class->get_property = skup_record_field_get_property;
  object_class->set_property = skup_record_field_set_property;

  for (guint i = 0; i < n_fields; i++)
    g_object_class_install_property (object_class, i + 1, field_pspec (&fields[i]));
}

/**
 * skup_record_class_set_kind:
 * @kind: a static #SkupKind
 *
 * Says what the window, the CLI and the store know of the kind beyond its fields.
 */
void
skup_record_class_set_kind (SkupRecordClass *klass,
                            const SkupKind  *kind)
{
  g_return_if_fail (kind->search_code >= 0 && kind->search_code < SKUP_KIND_SEARCH_CODES);

  klass->info = kind;
}

static void
skup_record_finalize (GObject *object)
{
  SkupRecord *self = SKUP_RECORD (object);
  SkupRecordPrivate *priv = skup_record_get_instance_private (self);

  if (priv->values != NULL)
    {
      for (guint i = 0; i < SKUP_RECORD_GET_CLASS (self)->n_fields; i++)
        g_value_unset (&priv->values[i]);
      g_free (priv->values);
    }
  g_free (priv->created_at);
  g_free (priv->updated_at);

  G_OBJECT_CLASS (skup_record_parent_class)->finalize (object);
}

static void
skup_record_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SkupRecord *self = SKUP_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, skup_record_get_id (self));
      break;
    case PROP_TITLE:
      g_value_take_string (value, skup_record_dup_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_record_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ID:
      skup_record_set_id (SKUP_RECORD (object), g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static char *
skup_record_real_dup_title (SkupRecord *self)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (self);

  /* By default the first field names the record (name, title …). */
  if (klass->n_fields > 0 && klass->fields[0].type == SKUP_FIELD_TEXT)
    return g_strdup (skup_record_get_string (self, klass->fields[0].name));

  return g_strdup_printf ("#%" G_GINT64_FORMAT, skup_record_get_id (self));
}

static void
skup_record_class_init (SkupRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = skup_record_finalize;
  object_class->get_property = skup_record_get_property;
  object_class->set_property = skup_record_set_property;

  klass->dup_title = skup_record_real_dup_title;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
skup_record_init (SkupRecord *self)
{
}

SkupRecord *
skup_record_new_for_type (GType type)
{
  g_return_val_if_fail (g_type_is_a (type, SKUP_TYPE_RECORD), NULL);

  return g_object_new (type, NULL);
}

gint64
skup_record_get_id (SkupRecord *self)
{
  SkupRecordPrivate *priv = skup_record_get_instance_private (self);

  g_return_val_if_fail (SKUP_IS_RECORD (self), 0);

  return priv->id;
}

void
skup_record_set_id (SkupRecord *self,
                    gint64      id)
{
  SkupRecordPrivate *priv = skup_record_get_instance_private (self);

  g_return_if_fail (SKUP_IS_RECORD (self));

  if (priv->id == id)
    return;
  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
skup_record_get_created_at (SkupRecord *self)
{
  SkupRecordPrivate *priv = skup_record_get_instance_private (self);

  return priv->created_at;
}

const char *
skup_record_get_updated_at (SkupRecord *self)
{
  SkupRecordPrivate *priv = skup_record_get_instance_private (self);

  return priv->updated_at;
}

void
_skup_record_set_stamps (SkupRecord *self,
                         const char *created_at,
                         const char *updated_at)
{
  SkupRecordPrivate *priv = skup_record_get_instance_private (self);

  char *c = g_strdup (created_at);
  char *u = g_strdup (updated_at);

  g_free (priv->created_at);
  g_free (priv->updated_at);
  priv->created_at = c;
  priv->updated_at = u;
}

/**
 * skup_record_dup_title:
 *
 * Returns: (transfer full) (nullable): what a list shows for the record
 */
char *
skup_record_dup_title (SkupRecord *self)
{
  g_return_val_if_fail (SKUP_IS_RECORD (self), NULL);

  return SKUP_RECORD_GET_CLASS (self)->dup_title (self);
}

/**
 * skup_record_dup_sort_key:
 *
 * Returns: (transfer full): the folded key lists sort by
 */
char *
skup_record_dup_sort_key (SkupRecord *self)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (self);
  g_autofree char *title = NULL;

  if (klass->dup_sort_key != NULL)
    return klass->dup_sort_key (self);

  title = skup_record_dup_title (self);
  return skup_text_fold (title ? title : "");
}

/**
 * skup_record_dup_subtitle:
 *
 * Returns: (transfer full): what a heading says under the record's title; "" for nothing
 */
char *
skup_record_dup_subtitle (SkupRecord *self)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (self);

  g_return_val_if_fail (SKUP_IS_RECORD (self), NULL);

  return klass->dup_subtitle != NULL ? klass->dup_subtitle (self) : g_strdup ("");
}

/**
 * skup_record_get_choice_label:
 *
 * Returns: (nullable): the translated label of choice field @field's value
 */
const char *
skup_record_get_choice_label (SkupRecord *self,
                           const char *field)
{
  const SkupField *f = skup_record_find_field (self, field);

  g_return_val_if_fail (f != NULL && f->type == SKUP_FIELD_CHOICE, NULL);

  return skup_choice_get_label (f->extra, skup_record_get_string (self, field));
}

/* Đ folds to "dj", as Serbian transliterates it; but people often type a plain D for it
 * (Djurdjevic, Durdevic, Đurđević). The key carries both spellings of such words. */
static char *
fold_with_d_variant (const char *text)
{
  static const char *d_letters[] = { "đ", "Đ", "ђ", "Ђ" };
  g_autofree char *folded = skup_text_fold (text);
  g_autofree char *plain = NULL;
  g_autofree char *plain_folded = NULL;
  gboolean has_d = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (d_letters) && !has_d; i++)
    has_d = strstr (text, d_letters[i]) != NULL;
  if (!has_d)
    return g_steal_pointer (&folded);

  plain = g_strdup (text);
  for (guint i = 0; i < G_N_ELEMENTS (d_letters); i++)
    {
      g_auto(GStrv) parts = g_strsplit (plain, d_letters[i], -1);
      g_free (plain);
      plain = g_strjoinv (i % 2 ? "D" : "d", parts);
    }
  plain_folded = skup_text_fold (plain);
  return g_strdup_printf ("%s %s", folded, plain_folded);
}

/* The searchable fields that are (@title) or are not part of the name, folded; the class's
 * extra search text counts as not the name. */
static char *
dup_search_part (SkupRecord *self,
                 gboolean    title)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (self);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const SkupField *field = &klass->fields[i];
      const char *value;

      if (!(field->flags & SKUP_FIELD_SEARCHABLE) || (field->flags & SKUP_FIELD_COMPUTED)
          || !(field->flags & SKUP_FIELD_TITLE) != !title)
        continue;
      value = skup_record_get_string (self, field->name);
      if (value != NULL)
        g_string_append_printf (text, "%s ", value);
    }
  if (!title && klass->dup_search_text != NULL)
    {
      g_autofree char *extra = klass->dup_search_text (self);
      if (extra != NULL)
        g_string_append (text, extra);
    }

  return fold_with_d_variant (text->str);
}

/**
 * skup_record_dup_search_key:
 *
 * Returns: (transfer full): the folded text the cross-script search matches against: every
 *   searchable field, in whatever script it was typed
 */
char *
skup_record_dup_search_key (SkupRecord *self)
{
  g_autofree char *name = NULL;
  g_autofree char *other = NULL;

  skup_record_dup_search_keys (self, &name, &other);
  return g_strstrip (g_strconcat (name, " ", other, NULL));
}

/**
 * skup_record_dup_search_keys:
 * @out_name: (out) (transfer full): the folded searchable fields that make up the name
 *   (%SKUP_FIELD_TITLE)
 * @out_other: (out) (transfer full): the other searchable text, folded
 *
 * The search key in two parts, so a search can rank records whose name matches first.
 */
void
skup_record_dup_search_keys (SkupRecord  *self,
                             char       **out_name,
                             char       **out_other)
{
  g_return_if_fail (SKUP_IS_RECORD (self));

  *out_name = dup_search_part (self, TRUE);
  *out_other = dup_search_part (self, FALSE);
}

const SkupField *
skup_record_class_find_field (SkupRecordClass *klass,
                              const char      *name)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].name, name))
      return &klass->fields[i];

  return NULL;
}

const SkupField *
skup_record_find_field (SkupRecord *self,
                        const char *name)
{
  return skup_record_class_find_field (SKUP_RECORD_GET_CLASS (self), name);
}

const char *
skup_record_get_string (SkupRecord *self,
                        const char *name)
{
  guint i = field_index (self, name);

  g_return_val_if_fail (i != G_MAXUINT, NULL);
  g_return_val_if_fail (G_VALUE_HOLDS_STRING (&ensure_values (self)[i]), NULL);

  return g_value_get_string (&ensure_values (self)[i]);
}

void
skup_record_set_string (SkupRecord *self,
                        const char *name,
                        const char *value)
{
  g_object_set (self, name, value, NULL);
}

gint64
skup_record_get_int (SkupRecord *self,
                     const char *name)
{
  guint i = field_index (self, name);

  g_return_val_if_fail (i != G_MAXUINT, 0);
  g_return_val_if_fail (G_VALUE_HOLDS_INT64 (&ensure_values (self)[i]), 0);

  return g_value_get_int64 (&ensure_values (self)[i]);
}

void
skup_record_set_int (SkupRecord *self,
                     const char *name,
                     gint64      value)
{
  g_object_set (self, name, value, NULL);
}

gboolean
skup_record_get_bool (SkupRecord *self,
                      const char *name)
{
  guint i = field_index (self, name);

  g_return_val_if_fail (i != G_MAXUINT, FALSE);
  g_return_val_if_fail (G_VALUE_HOLDS_BOOLEAN (&ensure_values (self)[i]), FALSE);

  return g_value_get_boolean (&ensure_values (self)[i]);
}

void
skup_record_set_bool (SkupRecord *self,
                      const char *name,
                      gboolean    value)
{
  g_object_set (self, name, !!value, NULL);
}

double
skup_record_get_real (SkupRecord *self,
                      const char *name)
{
  guint i = field_index (self, name);

  g_return_val_if_fail (i != G_MAXUINT, 0.0);
  g_return_val_if_fail (G_VALUE_HOLDS_DOUBLE (&ensure_values (self)[i]), 0.0);

  return g_value_get_double (&ensure_values (self)[i]);
}

void
skup_record_set_real (SkupRecord *self,
                      const char *name,
                      double      value)
{
  g_object_set (self, name, value, NULL);
}

/**
 * skup_record_dup_text:
 *
 * Returns: (transfer full): the value of field @name as text; "" when empty
 */
char *
skup_record_dup_text (SkupRecord *self,
                      const char *name)
{
  const SkupField *field = skup_record_find_field (self, name);

  g_return_val_if_fail (field != NULL, g_strdup (""));

  switch (field->type)
    {
    case SKUP_FIELD_INT:
      if ((field->flags & SKUP_FIELD_ZERO_IS_NULL) && skup_record_get_int (self, name) == 0)
        return g_strdup ("");
      return g_strdup_printf ("%" G_GINT64_FORMAT, skup_record_get_int (self, name));
    case SKUP_FIELD_REF:
      {
        gint64 v = skup_record_get_int (self, name);
        return v ? g_strdup_printf ("%" G_GINT64_FORMAT, v) : g_strdup ("");
      }
    case SKUP_FIELD_BOOL:
      return g_strdup (skup_record_get_bool (self, name) ? "yes" : "no");
    case SKUP_FIELD_REAL:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        return g_strdup (g_ascii_formatd (buf, sizeof buf, "%g",
                                          skup_record_get_real (self, name)));
      }
    case SKUP_FIELD_TEXT:
    case SKUP_FIELD_CHOICE:
    case SKUP_FIELD_DATE:
    case SKUP_FIELD_TIME:
    default:
      return g_strdup (skup_record_get_string (self, name) ?: "");
    }
}

static gboolean
parse_bool (const char *text,
            gboolean   *out)
{
  static const char *yes[] = { "1", "yes", "true", "y", "da", "да", NULL };
  static const char *no[] = { "0", "no", "false", "n", "ne", "не", NULL };
  g_autofree char *folded = g_utf8_strdown (text, -1);

  if (g_strv_contains (yes, folded))
    return (*out = TRUE), TRUE;
  if (g_strv_contains (no, folded))
    return (*out = FALSE), TRUE;
  return FALSE;
}

static gboolean
parse_int (const char *text,
           gint64     *out)
{
  return g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, out, NULL);
}

/* Each parser reads @text (trimmed, not empty) into @value, initialised to the field's type;
 * on failure it names the field with a message a user can act on. */
static gboolean
parse_int_value (const SkupField *field,
                 const char      *text,
                 GValue          *value,
                 GError         **error)
{
  gint64 v;

  if (!parse_int (text, &v))
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, field->name,
                            _("%s must be a whole number, not “%s”."),
                            g_dgettext (GETTEXT_PACKAGE, field->label), text);
      return FALSE;
    }
  g_value_set_int64 (value, v);
  return TRUE;
}

static gboolean
parse_bool_value (const SkupField *field,
                  const char      *text,
                  GValue          *value,
                  GError         **error)
{
  gboolean v;

  if (!parse_bool (text, &v))
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, field->name,
                            _("%s must be yes or no, not “%s”."),
                            g_dgettext (GETTEXT_PACKAGE, field->label), text);
      return FALSE;
    }
  g_value_set_boolean (value, v);
  return TRUE;
}

static gboolean
parse_real_value (const SkupField *field,
                  const char      *text,
                  GValue          *value,
                  GError         **error)
{
  /* Serbian writes a decimal comma (1,5 points). */
  g_autofree char *dotted = g_strdelimit (g_strdup (text), ",", '.');
  char *end = NULL;
  double v = g_ascii_strtod (dotted, &end);

  if (end == dotted || *end != '\0')
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, field->name,
                            _("%s must be a number, not “%s”."),
                            g_dgettext (GETTEXT_PACKAGE, field->label), text);
      return FALSE;
    }
  g_value_set_double (value, v);
  return TRUE;
}

static gboolean
parse_date_value (const SkupField *field,
                  const char      *text,
                  GValue          *value,
                  GError         **error)
{
  g_autoptr(GDateTime) dt = skup_text_parse_date (text);

  if (dt == NULL)
    {
      /* The example is written as date entries write dates, so the message and the hint in
       * the entry agree. */
      g_autofree char *example = skup_text_format_date_numeric (SKUP_TEXT_EXAMPLE_DATE);

      skup_set_field_error (error, SKUP_ERROR_INVALID, field->name,
                            /* Translators: the field, what was typed, and an example date
                             * in digits, which ends the sentence with its own full stop
                             * ("20.05.2024."); add one if yours has none */
                            _("%s: “%s” is not a date. Write it as %s"),
                            g_dgettext (GETTEXT_PACKAGE, field->label), text, example);
      return FALSE;
    }
  g_value_take_string (value, g_date_time_format (dt, "%Y-%m-%d"));
  return TRUE;
}

static gboolean
parse_field_value (const SkupField *field,
                   const char      *text,
                   GValue          *value,
                   GError         **error)
{
  switch (field->type)
    {
    case SKUP_FIELD_INT:
    case SKUP_FIELD_REF:
      return parse_int_value (field, text, value, error);
    case SKUP_FIELD_BOOL:
      return parse_bool_value (field, text, value, error);
    case SKUP_FIELD_REAL:
      return parse_real_value (field, text, value, error);
    case SKUP_FIELD_DATE:
      return parse_date_value (field, text, value, error);
    case SKUP_FIELD_TEXT:
    case SKUP_FIELD_CHOICE:
    case SKUP_FIELD_TIME:
    default:
      g_value_set_string (value, text);
      return TRUE;
    }
}

/**
 * skup_record_set_from_text:
 *
 * Sets field @name from text a user typed or a file held. Dates are accepted in the forms
 * people type (20.5.2019., 2019-05-20 …) and stored as ISO dates; empty text clears the
 * field. On failure the field keeps its value and the error names it.
 */
gboolean
skup_record_set_from_text (SkupRecord  *self,
                           const char  *name,
                           const char  *text,
                           GError     **error)
{
  const SkupField *field = skup_record_find_field (self, name);
  g_auto(GValue) value = G_VALUE_INIT;
  /* Spaces around a value are never meant (a pasted name, a CSV cell). */
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  g_return_val_if_fail (field != NULL, FALSE);

  g_value_init (&value, field_gtype (field->type));
  if (*trimmed != '\0' && !parse_field_value (field, trimmed, &value, error))
    return FALSE;

  g_object_set_property (G_OBJECT (self), name, &value);
  return TRUE;
}

static gboolean
is_valid_time (const char *s)
{
  guint h, m;
  char tail;

  /* HH:MM on a 24-hour clock; sessions need nothing finer. */
  if (sscanf (s, "%2u:%2u%c", &h, &m, &tail) != 2)
    return FALSE;
  return h < 24 && m < 60 && strlen (s) == 5;
}

static gboolean
validate_field (SkupRecord      *self,
                const SkupField *field,
                const GValue    *value,
                GError         **error)
{
  const char *label = g_dgettext (GETTEXT_PACKAGE, field->label);
  const char *s = G_VALUE_HOLDS_STRING (value) ? g_value_get_string (value) : NULL;

  if ((field->flags & SKUP_FIELD_REQUIRED) && G_VALUE_HOLDS_STRING (value))
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (s ? s : ""));
      if (*trimmed == '\0')
        {
          skup_set_field_error (error, SKUP_ERROR_INVALID, field->name,
                                _("%s is required."), label);
          return FALSE;
        }
    }
  if ((field->flags & SKUP_FIELD_REQUIRED) && field->type == SKUP_FIELD_REF
      && g_value_get_int64 (value) <= 0)
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, field->name, _("%s is required."), label);
      return FALSE;
    }
  if (s == NULL)
    ;
  else if (field->type == SKUP_FIELD_CHOICE && !skup_choices_contains (field->extra, s))
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, field->name,
                            _("%s: “%s” is not one of the known values."), label, s);
      return FALSE;
    }
  else if (field->type == SKUP_FIELD_DATE && !skup_text_is_iso_date (s))
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, field->name,
                            _("%s: “%s” is not a date."), label, s);
      return FALSE;
    }
  else if (field->type == SKUP_FIELD_TIME && !is_valid_time (s))
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, field->name,
                            _("%s: “%s” is not a time of day. Write it as 09:30."), label, s);
      return FALSE;
    }
  else if ((field->flags & SKUP_FIELD_EMAIL) && !skup_text_is_plausible_email (s))
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, field->name,
                            _("“%s” does not look like an email address."), s);
      return FALSE;
    }
  if ((field->flags & SKUP_FIELD_NON_NEGATIVE) && G_VALUE_HOLDS_INT64 (value)
      && g_value_get_int64 (value) < 0)
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, field->name,
                            _("%s cannot be negative."), label);
      return FALSE;
    }

  return TRUE;
}

gboolean
_skup_record_check_date_range (SkupRecord  *self,
                               const char  *start_field,
                               const char  *end_field,
                               GError     **error)
{
  const char *start = skup_record_get_string (self, start_field);
  const char *end = skup_record_get_string (self, end_field);

  /* ISO dates compare correctly as strings. */
  if (start != NULL && end != NULL && strcmp (end, start) < 0)
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, end_field,
                            _("The end date cannot be before the start date."));
      return FALSE;
    }
  return TRUE;
}

/**
 * skup_record_validate:
 *
 * Checks the rules a user must meet before the record is saved: required fields, known
 * values, dates, emails, then the type's own rules. The error names the first field at fault.
 */
gboolean
skup_record_validate (SkupRecord  *self,
                      GError     **error)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (self);
  GValue *values = ensure_values (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (klass->fields[i].flags & SKUP_FIELD_COMPUTED)
        continue;
      if (!validate_field (self, &klass->fields[i], &values[i], error))
        return FALSE;
    }

  return klass->validate == NULL || klass->validate (self, error);
}

/**
 * skup_record_copy:
 *
 * Returns: (transfer full): a copy with the same id and values, for editing without touching
 *   the original until the user saves
 */
SkupRecord *
skup_record_copy (SkupRecord *self)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (self);
  SkupRecordPrivate *priv = skup_record_get_instance_private (self);
  SkupRecord *copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  GValue *src = ensure_values (self);
  GValue *dst = ensure_values (copy);

  for (guint i = 0; i < klass->n_fields; i++)
    g_value_copy (&src[i], &dst[i]);
  skup_record_set_id (copy, priv->id);
  _skup_record_set_stamps (copy, priv->created_at, priv->updated_at);

  return copy;
}
