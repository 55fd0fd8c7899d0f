#!/bin/sh
# Makes localhost/jre-base, a Debian bookworm root filesystem with only a headless JRE 17, for
# `podman build --from localhost/jre-base -f src/main/docker/Dockerfile.jvm ...` where the
# Dockerfile's own base cannot be pulled: debootstrap needs no registry, only a Debian mirror.
#
#   jre-base.sh [MIRROR]    (as root, with debootstrap and podman; about a minute)
#
# MIRROR defaults to the first one this machine's apt sources name.
set -eu

image=localhost/jre-base
mirror=${1:-$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)}
if [ -z "$mirror" ]; then
  echo "jre-base.sh: no Debian mirror in /etc/apt/sources.list.d/debian.sources; name one: jre-base.sh MIRROR" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
# debootstrap tells of every package; its log is shown only if it fails.
if ! debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$root" "$mirror" \
    > "$work/debootstrap.log" 2>&1; then
  cat "$work/debootstrap.log" >&2
  echo "jre-base.sh: debootstrap from $mirror failed" >&2
  exit 1
fi
# The downloaded packages and the package lists: a third of the tree, and of no use in an image
# that installs nothing.
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*

previous=$(podman image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
tar -C "$root" -c . | podman import --quiet - "$image" >/dev/null
# The base this one replaces, unless an image built on it still needs it.
if [ -n "$previous" ] && [ "$previous" != "$(podman image inspect --format '{{.Id}}' "$image")" ]; then
  podman image rm "$previous" >/dev/null 2>&1 || true
fi
echo "$image"
