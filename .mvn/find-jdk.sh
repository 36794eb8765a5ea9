# Sourced by ./mvnw and ./chengxin: makes sure JAVA_HOME names a JDK 21 or newer.
# Keeps a JAVA_HOME that is already new enough; otherwise looks in the usual places.
_cx_java_major() { # prints the feature version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1 | grep . || echo 0
}
_cx_ok() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(_cx_java_major "$1/bin/java")" -ge 21 ]; }
if [ -n "${JAVA_HOME:-}" ] && _cx_ok "$JAVA_HOME"; then
  :
else
  _cx_found=""
  _cx_path_java=$(command -v java 2>/dev/null || true)
  if [ -n "$_cx_path_java" ]; then
    _cx_home=$(dirname "$(dirname "$(readlink -f "$_cx_path_java")")")
    _cx_ok "$_cx_home" && _cx_found="$_cx_home"
  fi
  if [ -z "$_cx_found" ]; then
    case $- in *f*) _cx_noglob=1; set +f ;; *) _cx_noglob=0 ;; esac
    for _cx_home in $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* 2>/dev/null | sort -rV); do
      if _cx_ok "$_cx_home"; then _cx_found="$_cx_home"; break; fi
    done
    [ "$_cx_noglob" = 1 ] && set -f
  fi
  if [ -n "$_cx_found" ]; then
    export JAVA_HOME="$_cx_found"
  else
    echo "Chengxin needs a JDK 21 or newer; none found. Install one and set JAVA_HOME." >&2
    return 1 2>/dev/null || exit 1
  fi
fi
export PATH="$JAVA_HOME/bin:$PATH"
