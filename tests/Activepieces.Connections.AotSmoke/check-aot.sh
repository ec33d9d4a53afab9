#!/usr/bin/env bash
# Publishes the AOT smoke console with Native AOT and fails on any trim/AOT warning (IL2xxx/IL3xxx).
# Usage: tests/Activepieces.Connections.AotSmoke/check-aot.sh [extra dotnet publish args]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
log="$(mktemp)"
linker=()
command -v clang >/dev/null 2>&1 || linker=(-p:CppCompilerAndLinker=gcc)
set +e
dotnet publish "$here/Activepieces.Connections.AotSmoke.csproj" -c Release -r linux-x64 -p:PublishAot=true \
  -p:TreatWarningsAsErrors=false "${linker[@]}" -o "$here/bin/aot" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
warnings="$(grep -oE '(warning|error) IL[23][0-9]{3}[^[]*' "$log" | sort -u || true)"
if [[ -n "$warnings" ]]; then
  echo "AOT check FAILED: trim/AOT warnings:"; echo "$warnings"; exit 1
fi
echo "AOT check: 0 IL2xxx/IL3xxx warnings (publish exit code $status)"
exit "$status"
