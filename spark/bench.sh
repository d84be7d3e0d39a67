#!/usr/bin/env bash
# Throughput of the Spark job in local mode (1 and 2 cores) and of the single-machine pipeline on the same
# corpus, with peak heap and shuffle volume:  spark/bench.sh [--size 100000] [--cores 1,2] [--work DIR]
set -euo pipefail
export CORROBORATE_SPARK_MAIN=dev.corroborate.spark.SparkBench
exec "$(dirname "${BASH_SOURCE[0]}")/run" "$@"
