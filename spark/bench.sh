#!/usr/bin/env bash
# Whole-pipeline throughput on one corpus of real articles and edited copies (dev.corroborate.spark.EditedCorpus):
# the single-machine CLI (`corroborate cluster`: read, clean, fold copies, cluster) and the Spark job in local
# mode on 1 and on 2 cores, each in its own JVM limited to that many processors (-XX:ActiveProcessorCount),
# with wall time, CPU time (user + system of the whole JVM), peak heap, shuffle bytes; then the scaling
# efficiency. The configuration is the heaviest one that is affordable on a 2-core machine at 100,000
# articles: every stage but the dense embedding, and no dossiers (JOB-OPTIONS change it for the Spark runs).
#   spark/bench.sh [SIZE [JOB-OPTIONS...]]     (default 100000 --no-embedding --no-dossiers)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
size="${1:-100000}"; shift || true
[ $# -gt 0 ] || set -- --no-embedding --no-dossiers
log="$(mktemp)"
timed() { /usr/bin/time -f "  time: %e s wall, %U s user + %S s system CPU, %M KB max RSS" "$@"; }
spark() {
  local cpus="$1"; shift
  CORROBORATE_JAVA_OPTS="${BENCH_HEAP:--Xmx6g} -XX:ActiveProcessorCount=$cpus" \
    CORROBORATE_SPARK_MAIN=dev.corroborate.spark.SparkBench timed "$here/run" --size "$size" "$@" 2>&1 \
    | grep -v -e WARN -e WARNING | tee -a "$log"
}
echo "== corpus"; spark 2 --skip-single --skip-spark
corpus="$root/spark/target/bench/corpus-$size.jsonl"
"$root/corroborate" help >/dev/null # builds the CLI now when its sources changed, not inside the timed run
echo "== single machine: corroborate cluster --no-embedding, 2 processors"
CORROBORATE_JAVA_OPTS="${BENCH_HEAP:--Xmx6g} -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED" \
  timed "$root/corroborate" cluster "$corpus" --no-embedding > "$root/spark/target/bench/cluster-$size.jsonl"
echo "  articles: $(wc -l < "$root/spark/target/bench/cluster-$size.jsonl")"
echo "== spark local[1], 1 processor";  spark 1 --skip-single --cores 1 "$@"
echo "== spark local[2], 2 processors"; spark 2 --skip-single --cores 2 "$@"
awk '/^spark local\[1\]/ {r1=$5} /^spark local\[2\]/ {r2=$5}
     END { if (r1 > 0 && r2 > 0) printf "scaling efficiency local[2] vs local[1]: %.2f (%.1f vs %.1f articles/s)\n", r2 / (2 * r1), r2, r1 }' "$log"
rm -f "$log"
