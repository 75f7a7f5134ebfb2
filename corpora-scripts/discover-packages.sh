#!/usr/bin/env bash
# Regenerate corpora-scripts/packages/LANG.txt: the Debian packages that ship
# text in LANG (ta or kn), found with apt-file in the archive's Contents files.
#
#   corpora-scripts/discover-packages.sh LANG [OUTFILE]
#
# Needs apt-file (apt-get install apt-file && apt-file update). The committed
# lists make build-text-corpus.sh independent of apt-file; rerun this only to
# follow a newer archive.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lang.sh
. "$here/lang.sh"
[[ $# -ge 1 ]] || { echo "usage: $0 LANG [OUTFILE]   (LANG: ta or kn)" >&2; exit 2; }
lang_setup "$1"
out="${2:-$here/packages/$LANG_CODE.txt}"
command -v apt-file >/dev/null || { echo "error: apt-file is not installed (apt-get install apt-file && apt-file update)" >&2; exit 1; }

tags="$(IFS='|'; echo "${LANG_TAGS[*]}")"
# Files whose kind the extractor reads, for this language (apt-file -x takes
# one plain regex at a time: no top-level alternation).
pats=()
for t in "${LANG_TAGS[@]}"; do
  pats+=("/$t/.*\.(mo|po|qm|properties|ftl|json|php|txt|dic)\$"
         "[/_.-]$t\.(mo|po|qm|properties|ftl|json|txt|xpi|xml)\$"
         "/usr/share/i18n/locales/$t\$"
         "langpack-$t@.*\.xpi\$")
done
pats+=("/$LANG_TESS\.traineddata\$" "/aspell/$LANG_CODE\.cwl")
tmp="$(mktemp)"; trap 'rm -f "$tmp"' EXIT
for p in "${pats[@]}"; do apt-file search -x "$p" >> "$tmp" || true; done
{
  # Paths reserved for evaluation never count toward choosing a package.
  grep -Eiv "$EXCLUDE_PATH_ERE" "$tmp" | cut -d: -f1
  # Always wanted: the helper that unpacks aspell word lists, and the locale sources.
  printf '%s\n' aspell locales
} | sort -u | grep -Ev "$EXCLUDE_PKG_ERE" > "$out.new"
mv "$out.new" "$out"
echo "wrote $(wc -l < "$out") packages to $out"
