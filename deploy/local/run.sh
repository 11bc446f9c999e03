#!/usr/bin/env bash
# Builds what is needed and runs the whole stack on this machine; see deploy/local/README.md.
#   deploy/local/run.sh [--api v2|v3] [--data DIR] [--port-offset N] [--no-demo]
#   deploy/local/run.sh token|admin-token USER [--data DIR]
# A relative --data DIR is taken from the current folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"

classpath_file="$root/deploy/local/target/launcher-classpath.txt"
case "${1:-}" in
  token | admin-token) command=token ;;
  *) command=run ;;
esac
if [ "$command" = run ] || [ ! -f "$classpath_file" ]; then
  echo "==> Building the services, the simulator and the launcher (tests skipped)"
  (cd "$root" && ./mvnw -B -q install -DskipTests -DskipITs -Dspotless.check.skip=true)
fi

exec java -Xmx128m -Dapppay.repository.root="$root" \
  -cp "$root/deploy/local/target/classes:$(cat "$classpath_file")" dev.apppay.local.LocalStack "$@"
