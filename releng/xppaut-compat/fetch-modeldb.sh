#!/bin/sh
# Assembles the published-model collection of issue 14 (XPPAUT .ode files from ModelDB, kept out of the
# repository): downloads every file listed in modeldb-sources.tsv (name, ModelDB accession, GitHub repository,
# path, commit: a mirror of ModelDB's XPP models) into DIR as NAME.ode, then
#   releng/xppaut-compat/compat.sh --dir DIR
# compares each with xppaut -silent. Usage: fetch-modeldb.sh DIR (default /work/modeldb-ode).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${1:-/work/modeldb-ode}
mkdir -p "$DIR"
grep -v '^#' "$HERE/modeldb-sources.tsv" | while IFS="$(printf '\t')" read -r name id repo path commit; do
    [ -s "$DIR/$name.ode" ] && continue
    url="https://raw.githubusercontent.com/$repo/$commit/$(printf '%s' "$path" | sed 's/ /%20/g')"
    curl -fsSL "$url" -o "$DIR/$name.ode.tmp" && mv "$DIR/$name.ode.tmp" "$DIR/$name.ode" \
        || { echo "fetch-modeldb.sh: could not download $url" >&2; rm -f "$DIR/$name.ode.tmp"; }
done
ls "$DIR"/*.ode | wc -l
