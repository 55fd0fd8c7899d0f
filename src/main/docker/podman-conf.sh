#!/bin/sh
# Sets podman up to run containers on a machine like CI's (as root): its default rlimits for a
# container are above this machine's hard limits (nofile 1048576) or above podman's own (it lowers
# its nproc to 32768), and runc cannot raise them, so every container failed to start; and runc,
# because crun refuses this machine's cgroups. A drop-in file: an existing containers.conf stays.
#
#   podman-conf.sh      (as root, once per machine)
set -eu

nofile=$(prlimit --nofile --output HARD --noheadings | tr -d ' ')
nproc=$(prlimit --nproc --output HARD --noheadings | tr -d ' ')
if [ "$nproc" = unlimited ] || [ "$nproc" -gt 32768 ]; then
  nproc=32768
fi
mkdir -p /etc/containers/containers.conf.d
cat > /etc/containers/containers.conf.d/securechat.conf <<EOF
# Written by securechat's src/main/docker/podman-conf.sh.
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=$nproc:$nproc"]

[engine]
runtime = "runc"
EOF
