#!/usr/bin/env bash
# Configures and builds everything into build/ (or $NEXUS_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
BUILD_DIR="${NEXUS_BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEXUS_GUI=ON
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
