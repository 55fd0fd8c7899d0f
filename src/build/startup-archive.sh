#!/bin/sh
# Records the startup archive of a packaged securechat: the server starts once on a scratch data
# dir, on loopback and free ports, and stops once it listens (serve --exit-after-start); the JVM
# writes the classes that start loaded to APP_DIR/securechat.jsa, which
# `java -XX:SharedArchiveFile=APP_DIR/securechat.jsa -jar APP_DIR/quarkus-run.jar` maps.
#
#   startup-archive.sh APP_DIR      (APP_DIR: the quarkus-app directory, where it will run from)
#
# The archive fits only the JDK that made it and the directory it was made in, so run this with the
# JDK that will run the server ($JAVA_HOME/bin/java, else the java on the PATH), in place. The
# build runs it after packaging (pom.xml), the Dockerfile inside the image.
set -eu

app=$(cd "$1" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
archive=$app/securechat.jsa

# JDK 25's AOT cache also keeps the classes linked (docs/performance.md); older JDKs make a dynamic
# CDS archive. -XX:SharedArchiveFile loads either.
feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
if [ "$feature" -ge 25 ]; then
  record=-XX:AOTCacheOutput=$archive
else
  record=-XX:ArchiveClassesAtExit=$archive
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The JVM options the README runs the server with. The output (a throwaway server password among
# it) goes to the scratch dir, and is shown without that line only if the start fails.
if ! "$java" "$record" -Xmx512m -XX:+UseSerialGC \
    -Dchat.data-dir="$scratch/data" -Dchat.host=127.0.0.1 -Dchat.port=0 \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 \
    -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port=0 \
    -jar "$app/quarkus-run.jar" serve --exit-after-start > "$scratch/server.log" 2>&1; then
  grep -v '^Server password: ' "$scratch/server.log" >&2
  echo "startup-archive.sh: the training start failed; no archive was made" >&2
  exit 1
fi
