#!/usr/bin/env bash
# Sets up everything vaak needs on a fresh Debian machine and builds it.
#   ./build.sh          install prerequisites (once) and build the command-line tool
#   ./build.sh test     the same, then run the test suite (what CI runs)
#   ./build.sh slow     also run the suites tagged "slow" (they need the full corpora in build/corpora/{ta,kn},
#                       made by corpora-scripts/build-text-corpus.sh, or VAAK_CORPORA=DIR)
#   ./build.sh demo     build, then learn a dictionary from the bundled sample corpus and segment text
set -euo pipefail
cd "$(dirname "$0")"
source scripts/jdk.sh

mode="${1:-build}"
if [[ "${VAAK_SKIP_APT:-0}" != 1 ]]; then
    scripts/install-prerequisites.sh
fi

mvn_opts=(-B -q -Dstyle.color=never)
mvn() { echo "+ mvn $*" >&2; command mvn "$@"; }
case "$mode" in
    build) mvn "${mvn_opts[@]}" -DskipTests install ;;
    demo)  mvn "${mvn_opts[@]}" -DskipTests install && scripts/demo.sh ;;
    test)  mvn -B -Dstyle.color=never install ;;
    slow)  mvn -B -Dstyle.color=never -Dtest.excludedGroups= install ;;
    *) echo "usage: ./build.sh [build|test|slow|demo]" >&2; exit 2 ;;
esac
