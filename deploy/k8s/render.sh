#!/usr/bin/env bash
# Renders each overlay with kubectl kustomize (offline: no cluster is contacted) into
# target/rendered/<overlay>.yaml, for the manifest test. From the repository root:
#   deploy/k8s/render.sh
#   ./mvnw -B -pl deploy/k8s verify -Dk8s.rendered.dir=deploy/k8s/target/rendered
# An optional argument names another output folder, for builds that run "mvn clean" after
# rendering (clean deletes target/). Exits non-zero when kubectl is missing or any overlay fails
# to render.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/target/rendered}"

if ! command -v kubectl >/dev/null 2>&1; then
  echo "render.sh: kubectl not found on PATH; install kubectl 1.27 or later (kustomize v5)" >&2
  exit 2
fi

mkdir -p "$out"
# Only YAML files are removed, so a mistyped folder argument loses nothing else.
rm -f "$out"/*.yaml

for overlay in "$here"/overlays/*/; do
  name="$(basename "$overlay")"
  if ! kubectl kustomize "$overlay" > "$out/$name.yaml"; then
    # A partial file would let the manifest test pass on too few objects.
    rm -f "$out/$name.yaml"
    echo "render.sh: kubectl kustomize $overlay failed" >&2
    exit 1
  fi
  echo "rendered overlays/$name -> $out/$name.yaml"
done
