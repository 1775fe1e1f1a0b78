#!/usr/bin/env bash
# The benchmark (docs/benchmarks.md): PostgreSQL, the application and the load generator on
# this machine. Writes docs/benchmarks/<dataset>.json and .md.
#
#   ops/bench/run.sh [district|province] [seconds per load step, default 60] [children, default all]
#
# Needs what the tests need (Java 17, Maven). The province dataset takes hours; the result
# files give the size of the store it made ("store size"), to plan the disk for it.
set -euo pipefail
cd "$(dirname "$0")/../.."
dataset=${1:-province}
seconds=${2:-60}
children=${3:-}
mvn -B -q -DskipTests install
mvn -B -pl ops surefire:test -Dtest=BenchmarkRun -Dsurefire.failIfNoSpecifiedTests=false \
  -Dshouhu.bench.dataset="$dataset" -Dshouhu.bench.seconds="$seconds" \
  ${children:+-Dshouhu.bench.children="$children"} \
  -Dshouhu.bench.command="ops/bench/run.sh $*"
