#!/usr/bin/env bash
# Build a Tamil or Kannada text corpus from Debian packages.
#
#   corpora-scripts/build-text-corpus.sh LANG OUTDIR
#
# LANG is ta (Tamil) or kn (Kannada). Writes OUTDIR/train.txt, test.txt,
# words.counts and README.md. Packages come from corpora-scripts/packages/LANG.txt
# (or $CORPUS_PACKAGES), are fetched with `apt-get download` into a cache
# ($CORPUS_CACHE, default ~/.cache/vaak-corpora) and unpacked there with
# `dpkg-deb -x`: nothing is installed system-wide. Rerunning reuses the cache.
# See corpora-scripts/README.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lang.sh
. "$here/lang.sh"

if [[ $# -ne 2 ]]; then
  echo "usage: $0 LANG OUTDIR   (LANG: ta = Tamil, kn = Kannada)" >&2
  exit 2
fi
lang_setup "$1"
outdir="$2"
list="${CORPUS_PACKAGES:-$here/packages/$LANG_CODE.txt}"
cache="${CORPUS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vaak-corpora}"
jobs="${CORPUS_JOBS:-$(nproc 2>/dev/null || echo 2)}"
for tool in apt-get apt-cache dpkg-deb python3; do
  command -v "$tool" >/dev/null || { echo "error: $tool is needed" >&2; exit 1; }
done
[[ -f "$list" ]] || { echo "error: package list $list not found (make it with discover-packages.sh $LANG_CODE)" >&2; exit 1; }
mkdir -p "$cache/debs" "$cache/unpacked" "$outdir"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
start=$(date +%s)

log() { echo "[build-text-corpus $LANG_CODE] $*" >&2; }

# Package names from the list, minus comments and the reserved ones.
grep -Ev '^\s*(#|$)' "$list" | awk '{print $1}' | sort -u > "$work/wanted"
grep -Ex "$EXCLUDE_PKG_ERE" "$work/wanted" | sed 's/^/  excluded (reserved for evaluation or not text): /' >&2 || true
grep -Evx "$EXCLUDE_PKG_ERE" "$work/wanted" > "$work/pkgs" || true
log "$(wc -l < "$work/pkgs") packages in $list"

# Candidate versions; refresh the package lists once if apt knows nothing yet.
candidates() {
  xargs -a "$work/pkgs" apt-cache policy 2>/dev/null |
    awk '/^[^ ].*:$/ {p=substr($1,1,length($1)-1)} /^  Candidate:/ {if ($2 != "(none)") print p "\t" $2}' |
    sort -u > "$work/candidates"
}
candidates
if [[ ! -s "$work/candidates" ]]; then
  log "apt knows none of the packages: running apt-get update once"
  apt-get update -qq || log "warning: apt-get update failed"
  candidates
fi

# Fetch what the cache lacks (apt-get download names files NAME_VERSION_ARCH.deb,
# with ':' of an epoch written as %3a).
debfile() { # NAME VERSION -> cached file or nothing
  local v="${2//:/%3a}"
  compgen -G "$cache/debs/${1}_${v}_*.deb" | head -n1 || true
}
: > "$work/fetch"
while IFS=$'\t' read -r p v; do
  [[ -n "$(debfile "$p" "$v")" ]] || echo "$p=$v" >> "$work/fetch"
done < "$work/candidates"
if [[ -s "$work/fetch" ]]; then
  log "downloading $(wc -l < "$work/fetch") packages into $cache/debs"
  # In batches; a failing batch is retried one package at a time.
  split -l 40 "$work/fetch" "$work/batch."
  for b in "$work"/batch.*; do
    if ! (cd "$cache/debs" && xargs -a "$b" apt-get download -q >/dev/null 2>"$work/err"); then
      while read -r pv; do
        (cd "$cache/debs" && apt-get download -q "$pv" >/dev/null 2>"$work/err") ||
          log "warning: could not download $pv: $(grep -E '^(E|W):' "$work/err" | head -n1)"
      done < "$b"
    fi
  done
fi

# Pick one .deb per package: the candidate if cached, else any cached version
# (so a rerun without network still works), else report it as failed.
: > "$work/debs"; : > "$work/failed"
while read -r p; do
  v="$(awk -F'\t' -v p="$p" '$1==p {print $2}' "$work/candidates")"
  f=""
  [[ -n "$v" ]] && f="$(debfile "$p" "$v")"
  if [[ -z "$f" ]]; then
    f="$(compgen -G "$cache/debs/${p}_*.deb" | sort -V | tail -n1 || true)"
    if [[ -n "$f" ]]; then
      log "warning: $p: using cached $(basename "$f")"
    else
      [[ -n "$v" ]] && why="download failed" || why="not in the package lists"
      log "warning: $p: skipped ($why)"
      echo "$p ($why)" >> "$work/failed"
      continue
    fi
  fi
  echo "$f" >> "$work/debs"
done < "$work/pkgs"

# Unpack each .deb once (dpkg-deb -x into CACHE/unpacked/FILE-STEM).
unpack() {
  local deb="$1" dir
  dir="$2/unpacked/$(basename "$deb" .deb)"
  [[ -f "$dir/.unpacked" ]] && return 0
  rm -rf "$dir"; mkdir -p "$dir"
  if dpkg-deb -x "$deb" "$dir"; then touch "$dir/.unpacked"; else echo "warning: cannot unpack $deb" >&2; rm -rf "$dir"; fi
}
export -f unpack
log "unpacking $(wc -l < "$work/debs") packages ($jobs at a time)"
xargs -a "$work/debs" -P "$jobs" -I{} bash -c 'unpack "$1" "$2"' _ {} "$cache"

: > "$work/manifest"
while read -r f; do
  dir="$cache/unpacked/$(basename "$f" .deb)"
  [[ -f "$dir/.unpacked" ]] || { echo "$(basename "$f") (unpack failed)" >> "$work/failed"; continue; }
  printf '%s\t%s\t%s\n' "$(dpkg-deb -f "$f" Package)" "$(dpkg-deb -f "$f" Version)" "$dir" >> "$work/manifest"
done < "$work/debs"
[[ -s "$work/manifest" ]] || { echo "error: no package could be fetched; nothing to build from" >&2; exit 1; }

# aspell's compressed word lists need prezip-bin, taken from the aspell package.
prezip="$(command -v prezip-bin || true)"
if [[ -z "$prezip" ]]; then
  adir="$(awk -F'\t' '$1=="aspell" {print $3}' "$work/manifest")"
  [[ -n "$adir" && -x "$adir/usr/bin/prezip-bin" ]] && prezip="$adir/usr/bin/prezip-bin"
fi
[[ -n "$prezip" ]] || log "warning: prezip-bin not found (package aspell): aspell word lists will be skipped"

log "extracting text"
python3 "$here/extract_text.py" "$LANG_CODE" "$work/manifest" "$outdir" \
  ${prezip:+--prezip "$prezip"} --failed "$work/failed"
log "done in $(( $(date +%s) - start )) s: $outdir"
