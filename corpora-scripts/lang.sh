# Shared settings for the corpus scripts (sourced, not run).

# Packages never used: user help and documentation (reserved for held-out
# evaluation: gnome-user-docs, mate-user-guide, any *-help-* / *-doc / *-docs
# package, yelp-xsl), Inkscape and its translations, and compiled locale data.
EXCLUDE_PKG_ERE='^(gnome-user-docs.*|gnome-getting-started-docs.*|mate-user-guide.*|.*-help|.*-help-.*|.*-doc|.*-docs|.*-doc-.*|yelp-xsl|inkscape.*|docbook.*|dblatex|publican.*|locales-all|texlive.*)$'
# Paths never used: help pages, DocBook, man pages, anything of Inkscape.
EXCLUDE_PATH_ERE='(/usr/share/help/|/usr/share/gnome/help/|/usr/share/doc/HTML/|/usr/share/man/|/[^/]*help[^/]*/|docbook|inkscape|user-guide|user-docs|\.page$|\.docbook$)'

lang_setup() {
  case "${1:-}" in
    ta) LANG_CODE=ta; LANG_TAGS=(ta ta_IN ta-IN ta_LK ta-LK); LANG_TESS=tam; LANG_NAME=Tamil ;;
    kn) LANG_CODE=kn; LANG_TAGS=(kn kn_IN kn-IN); LANG_TESS=kan; LANG_NAME=Kannada ;;
    *) echo "error: unknown language '${1:-}' (supported: ta = Tamil, kn = Kannada)" >&2; exit 2 ;;
  esac
}
