#!/usr/bin/env bash
# The release workflow's steps, up to publishing, as they run on a version tag;
# the same on a fresh clone (after `make`):
#
#   scripts/release-steps.sh check-tag v1.2.0   the tag names a committed release record of every pack
#   scripts/release-steps.sh build v1.2.0       release, check the record, gather the assets, build the site
#   scripts/release-steps.sh all v1.2.0         both (`make release-steps TAG=v1.2.0`; tests are `make test`)
#
# Leaves build/assets/ (the release's files), build/release-notes.md and build/site/.
set -euo pipefail
cd "$(dirname "$0")/.."

step="${1:?usage: scripts/release-steps.sh check-tag|build|all vX.Y.Z}"
tag="${2:?usage: scripts/release-steps.sh check-tag|build|all vX.Y.Z}"
version="${tag#v}"
py="${PYTHON_BIN:-.venv/bin/python}"

check_tag() {
  "$py" -m pipeline.commands.tag_check "$tag"
}

build() {
  "$py" -m pipeline release --version "$version"
  if [ -n "$(git status --porcelain -- source)" ]; then
    git status --short -- source
    echo "error: no committed release record for $tag: run 'make release VERSION=$version' locally, commit source/<pack>/releases/$version.json, then tag" >&2
    exit 1
  fi
  rm -rf build/assets build/unpacked
  mkdir -p build/assets
  : > build/release-notes.md
  for bundle in build/dist/*-"$version".zip; do
    name="$(basename "$bundle" .zip)"
    unzip -q -o "$bundle" -d build/unpacked
    (cd "build/unpacked/$name" && sha256sum -c --quiet SHA256SUMS)
    cp "$bundle" build/assets/
    for file in "build/unpacked/$name"/*; do
      case "$(basename "$file")" in
        README.md|CHANGELOG.md|manifest.json|SHA256SUMS) cp "$file" "build/assets/$name-$(basename "$file")" ;;
        *) cp "$file" build/assets/ ;;
      esac
    done
    cat "build/unpacked/$name/CHANGELOG.md" >> build/release-notes.md
    echo >> build/release-notes.md
  done
  "$py" -m pipeline site --release "$version" --out build/site
}

case "$step" in
  check-tag) check_tag ;;
  build) build ;;
  all) check_tag && build ;;
  *) echo "usage: scripts/release-steps.sh check-tag|build|all vX.Y.Z" >&2; exit 2 ;;
esac
