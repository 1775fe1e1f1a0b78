#!/usr/bin/env bash
# The long variant of the reliability suite (docs/reliability.md): every scenario of
# ReliabilityTest run ROUNDS times as long (kills, outages, racing requests, exhaustion), and the
# hostile-input property with TRIES requests. PostgreSQL, the application and the clients run on
# this machine; traffic goes to loopback only. Each scenario's figures are appended to
# docs/reliability/last-run.txt.
#
#   ops/reliability/run.sh [rounds, default 10] [hostile-input tries, default 100000]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-10}
tries=${2:-100000}
out="$PWD/docs/reliability/last-run.txt"
mkdir -p "$(dirname "$out")"
{
  echo "# ops/reliability/run.sh $rounds $tries, on commit $(git rev-parse --short HEAD), $(date -u +%FT%TZ)"
  echo "# machine: $(nproc) cores, $(awk '/MemTotal/ {print $2 " kB"}' /proc/meminfo)"
} > "$out"
mvn -B -q -DskipTests install
mvn -B -pl ops surefire:test -Dtest='ReliabilityTest,HostileInputTest*' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dshouhu.reliability.rounds="$rounds" -Dshouhu.reliability.hostile-tries="$tries" \
  -Dshouhu.reliability.out="$out"
cat "$out"
