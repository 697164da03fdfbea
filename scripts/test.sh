#!/usr/bin/env bash
# Builds everything and runs every test suite (unit, backend, end-to-end, app, QML) with ctest.
# Benchmarks are separate: scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
BUILD_DIR="${NEXUS_BUILD_DIR:-build}"
cmake --build "$BUILD_DIR" --target all_qmllint
scripts/install-test-tools.sh "$BUILD_DIR"
cd "$BUILD_DIR"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600 -LE bench
