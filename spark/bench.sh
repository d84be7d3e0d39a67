#!/usr/bin/env bash
# Whole-pipeline throughput on one corpus of real articles and edited copies (dev.corroborate.spark.EditedCorpus):
# the single-machine pipeline (Corroborate.analyze, what `corroborate analyze` runs) and the Spark job in
# local mode on 1 and on 2 cores, each in its own JVM limited to that many processors
# (-XX:ActiveProcessorCount), with peak heap and shuffle bytes; then the scaling efficiency.
#   spark/bench.sh [SIZE]        (default 100000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
size="${1:-100000}"
log="$(mktemp)"
bench() {
  local cpus="$1"; shift
  CORROBORATE_JAVA_OPTS="${BENCH_HEAP:--Xmx6g} -XX:ActiveProcessorCount=$cpus" \
    CORROBORATE_SPARK_MAIN=dev.corroborate.spark.SparkBench "$here/run" --size "$size" "$@" 2>/dev/null | tee -a "$log"
}
echo "== single machine, 2 processors"; bench 2 --skip-spark
echo "== spark local[1], 1 processor";  bench 1 --skip-single --cores 1
echo "== spark local[2], 2 processors"; bench 2 --skip-single --cores 2
awk '/^spark local\[1\]/ {r1=$5} /^spark local\[2\]/ {r2=$5}
     END { if (r1 > 0 && r2 > 0) printf "scaling efficiency local[2] vs local[1]: %.2f (%.1f vs %.1f articles/s)\n", r2 / (2 * r1), r2, r1 }' "$log"
rm -f "$log"
