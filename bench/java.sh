# Sourced by the bench scripts: sets JAVA to a JDK >= 21 (the default java may be 17; the
# build's toolchain picks a newer one, and so do we).
JAVA=""
for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java; do
  [ -x "$candidate" ] || continue
  v=$("$candidate" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  if [ -n "$v" ] && [ "$v" -ge 21 ]; then JAVA=$candidate; break; fi
done
[ -n "$JAVA" ] || { echo "no JDK >= 21 found" >&2; exit 1; }
