#!/bin/sh
# check-potfiles.sh SOURCE_ROOT — every file with translatable strings is listed in
# po/POTFILES.in (otherwise its strings never reach the translators), and every listed file
# exists.
set -eu

cd "$1"
status=0
listed=$(mktemp)
trap 'rm -f "$listed"' EXIT
grep -v -e '^#' -e '^[[:space:]]*$' po/POTFILES.in | sort -u >"$listed"

while read -r f; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist" >&2
    status=1
  fi
done <"$listed"

{
  grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|Q_|g_dngettext|g_dpgettext2?|ngettext)[[:space:]]*\(' \
    app --include='*.c' || true
  if [ -d ui ]; then grep -rl 'translatable="yes"' ui --include='*.ui' || true; fi
  ls resources/*.desktop.in.in resources/*.metainfo.xml.in resources/*.gschema.xml 2>/dev/null || true
} | sort -u | while read -r f; do
  if ! grep -qxF "$f" "$listed"; then
    echo "$f has translatable strings but is missing from po/POTFILES.in" >&2
    exit 1
  fi
done || status=1

exit $status
