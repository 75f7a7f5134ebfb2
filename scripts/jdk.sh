# Sourced by ./build.sh and ./vaak: picks a JDK >= 21 and exports JAVA_HOME and PATH.
# Order: $JAVA_HOME if it is new enough, the `java` on PATH, then the newest JDK under /usr/lib/jvm.
_vaak_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}
_vaak_pick_jdk() {
    local c v best="" bestv=0
    for c in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
        [[ -n "$c" && -x "$c/bin/java" && -x "$c/bin/javac" ]] || continue
        v="$(_vaak_java_major "$c")"
        [[ "$v" =~ ^[0-9]+$ ]] || continue
        if (( v >= 21 )); then
            if [[ "$c" == "${JAVA_HOME:-}" ]]; then best="$c"; break; fi
            if (( v > bestv )); then best="$c"; bestv=$v; fi
        fi
    done
    echo "$best"
}
_vaak_jdk="$(_vaak_pick_jdk)"
if [[ -z "$_vaak_jdk" ]]; then
    echo "vaak needs a JDK 21 or newer (none found in JAVA_HOME, on PATH or under /usr/lib/jvm)." >&2
    echo "Install one (for example Temurin 21 or 25) and set JAVA_HOME." >&2
    return 1 2>/dev/null || exit 1
fi
export JAVA_HOME="$_vaak_jdk"
export PATH="$JAVA_HOME/bin:$PATH"
