# Sourced by the launchers: finds a JDK 21+ and exports JAVA_HOME, or explains what to install.
# Order: $JAVA_HOME if it is 21+, then `java` on the PATH, then the usual install folders (newest first).

java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

find_java_home() {
  local candidate major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ /usr/local/lib/jvm/*/ /opt/java/*/ /opt/jdk*/ \
      "$HOME"/.sdkman/candidates/java/*/ "$HOME"/.jdks/*/ \
      /Library/Java/JavaVirtualMachines/*/Contents/Home/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

require_java() {
  local found
  if ! found=$(find_java_home); then
    cat >&2 <<'MSG'
error: no JDK 21 or newer found (checked $JAVA_HOME, java on the PATH, /usr/lib/jvm, ~/.sdkman, ~/.jdks,
/Library/Java/JavaVirtualMachines).
Install one, for example:
  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk      (or Temurin 21/25 from adoptium.net)
  macOS:          brew install --cask temurin@21
  SDKMAN:         sdk install java 21-tem
then run this again (or set JAVA_HOME to it).
MSG
    exit 2
  fi
  export JAVA_HOME="$found"
  export PATH="$JAVA_HOME/bin:$PATH"
}
