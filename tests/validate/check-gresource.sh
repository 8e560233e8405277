#!/bin/sh
# check-gresource.sh SOURCE_ROOT — every .ui file under ui/ is bundled in
# resources/skup.gresource.xml; a template left out only fails when its widget is first built.
set -eu

cd "$1"
xml=resources/skup.gresource.xml
if [ ! -f "$xml" ]; then
  echo "$xml is missing" >&2
  exit 1
fi

status=0
for ui in $(find ui -name '*.ui' | sort); do
  if ! grep -q ">$ui</file>" "$xml"; then
    echo "$ui is not listed in $xml" >&2
    status=1
  fi
done
exit $status
