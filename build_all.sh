#!/usr/bin/env bash
# Builds the five Lambda packages where terraform/ expects them: functions/<module>/target/function.zip.
set -euo pipefail

readonly REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Maven modules under functions/, one per Lambda function (terraform/locals.tf lists the same directories).
readonly FUNCTION_MODULES=(generate-code validate-code execute-code invoke-generator invoke-executor)
# Lambda limits: a zip uploaded directly may be 50 MiB; a package may unpack to 250 MiB.
readonly DIRECT_UPLOAD_LIMIT=$((50 * 1024 * 1024))
readonly UNZIPPED_LIMIT=$((250 * 1024 * 1024))

usage() {
  cat <<EOF
Usage: ./build_all.sh [--native] [--check-only] [--help] [-- MAVEN_ARGS...]

Builds the Lambda functions (${FUNCTION_MODULES[*]})
with the Maven wrapper and checks every package against Lambda's size limits.
Packages are left in functions/<module>/target/function.zip, where terraform/ picks them up.

  --native      build native images (runtime provided.al2023; set lambda_runtime_kind = "native" in Terraform).
                Needs GraalVM/Mandrel native-image on the PATH (or in GRAALVM_HOME), or Docker or Podman
                for a container build.
  --check-only  do not build; only check the packages that are already there.
  --help        show this text.
  -- ARGS       pass the remaining arguments to Maven (e.g. -- -o for an offline build).

A JDK 21 or newer is needed; usage-and-testing/lib/java.sh finds it (JAVA_HOME if it is one, then java on the
PATH, /usr/lib/jvm, ~/.sdkman, ~/.jdks, /Library/Java/JavaVirtualMachines) or says what to install.
EOF
}

die() {
  echo "build_all.sh: error: $*" >&2
  exit 1
}

# Maven flags for a native build, or a clear stop when no native toolchain is available.
native_flags() {
  if command -v native-image >/dev/null 2>&1 || [[ -x "${GRAALVM_HOME:-/nonexistent}/bin/native-image" ]]; then
    echo "-Dnative"
  elif command -v docker >/dev/null 2>&1; then
    echo "-Dnative -Dquarkus.native.container-build=true -Dquarkus.native.container-runtime=docker"
  elif command -v podman >/dev/null 2>&1; then
    echo "-Dnative -Dquarkus.native.container-build=true -Dquarkus.native.container-runtime=podman"
  else
    die "--native needs GraalVM or Mandrel (native-image on the PATH or in GRAALVM_HOME) or a container runtime
  (docker or podman) for a container build. Install one of them, or build the JVM packages without --native."
  fi
}

# Total uncompressed size of the entries of zip $1, from its central directory.
unzipped_bytes() {
  "$JAVA_HOME/bin/jar" --list --verbose --file "$1" | awk '{ total += $1 } END { printf "%d\n", total }'
}

mib() {
  awk -v bytes="$1" 'BEGIN { printf "%.1f MiB", bytes / 1048576 }'
}

check_packages() {
  local failures=0 module zip zipped unzipped upload
  printf '\n%-18s %12s %12s  %s\n' "function" "zipped" "unzipped" "deployment"
  for module in "${FUNCTION_MODULES[@]}"; do
    zip="$REPO_ROOT/functions/$module/target/function.zip"
    if [[ ! -f "$zip" ]]; then
      printf '%-18s %12s %12s  %s\n' "$module" "-" "-" "MISSING: functions/$module/target/function.zip"
      failures=$((failures + 1))
      continue
    fi
    zipped="$(wc -c <"$zip" | tr -d ' ')"
    unzipped="$(unzipped_bytes "$zip")"
    if ((zipped > DIRECT_UPLOAD_LIMIT)); then
      upload="through S3 (over the 50 MiB direct-upload limit; terraform uploads it to the artifacts bucket)"
    else
      upload="through S3 (terraform uploads every package to the artifacts bucket)"
    fi
    if ((unzipped > UNZIPPED_LIMIT)); then
      upload="TOO LARGE: unzips to more than Lambda's 250 MiB limit"
      failures=$((failures + 1))
    fi
    printf '%-18s %12s %12s  %s\n' "$module" "$(mib "$zipped")" "$(mib "$unzipped")" "$upload"
  done
  echo
  ((failures == 0)) || die "$failures package(s) missing or over Lambda's limits (see the table above)"
  echo "All ${#FUNCTION_MODULES[@]} packages are ready: cd terraform && terraform apply"
}

main() {
  local native=false check_only=false
  local -a maven_args=()
  while (($# > 0)); do
    case "$1" in
      --native) native=true ;;
      --check-only) check_only=true ;;
      -h | --help)
        usage
        exit 0
        ;;
      --)
        shift
        maven_args=("$@")
        break
        ;;
      *) die "unknown option '$1' (see ./build_all.sh --help)" ;;
    esac
    shift
  done

  # the JDK finder shared by every launcher of this repository
  local java_finder="$REPO_ROOT/usage-and-testing/lib/java.sh"
  [[ -f "$java_finder" ]] || die "$java_finder is missing (it finds the JDK)"
  # shellcheck source=usage-and-testing/lib/java.sh
  . "$java_finder"
  require_java
  echo "Using JDK $(java_major "$JAVA_HOME/bin/java") at $JAVA_HOME"

  if [[ "$check_only" == false ]]; then
    local -a modules=() flags=()
    local module native_opts
    for module in "${FUNCTION_MODULES[@]}"; do
      modules+=("functions/$module")
    done
    if [[ "$native" == true ]]; then
      native_opts="$(native_flags)"
      read -r -a flags <<<"$native_opts"
      echo "Building native images (${flags[*]})"
    fi
    [[ -x "$REPO_ROOT/mvnw" ]] || die "the Maven wrapper $REPO_ROOT/mvnw is missing or not executable"
    (
      cd "$REPO_ROOT"
      ./mvnw -B -DskipTests package -am -pl "$(IFS=,; echo "${modules[*]}")" ${flags[@]+"${flags[@]}"} ${maven_args[@]+"${maven_args[@]}"}
    ) || die "the Maven build failed (see its output above)"
  fi

  check_packages
}

main "$@"
