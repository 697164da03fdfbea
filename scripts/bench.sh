#!/usr/bin/env bash
# Builds and runs the benchmarks, printing their figures.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
BUILD_DIR="${NEXUS_BUILD_DIR:-build}"
"$BUILD_DIR/bench/bench_gateway" 20000
"$BUILD_DIR/bench/bench_audit_verify" 1000000
"$BUILD_DIR/bench/bench_ledger"
"$BUILD_DIR/bench/bench_oracle"
"$BUILD_DIR/bench/bench_swaps"
"$BUILD_DIR/bench/bench_market" 20000 1000000
"$BUILD_DIR/bench/bench_worldgen" 200
"$BUILD_DIR/bench/bench_httpapi" 10
xvfb-run -a -s "-screen 0 1400x900x24" "$BUILD_DIR/bench/bench_startup" "$BUILD_DIR/bin/nexus-studio" 3
xvfb-run -a -s "-screen 0 1400x900x24" "$BUILD_DIR/bench/bench_worldpreview" 5
