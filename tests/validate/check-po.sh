#!/bin/sh
# check-po.sh PO — a translation compiles cleanly (msgfmt --check) and has no fuzzy entries,
# which gettext would silently leave untranslated.
set -eu

po=$1
stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1) || {
  echo "$stats" >&2
  exit 1
}
echo "$po: $stats"

case $stats in
  *fuzzy*)
    echo "$po has fuzzy entries: check them and remove the fuzzy flag" >&2
    msgattrib --only-fuzzy --no-obsolete "$po" >&2
    exit 1
    ;;
esac
