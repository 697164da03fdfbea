#!/usr/bin/env bash
# Installs the independent reference tools the tests check our output against, into the build
# folder (never into the repository): the Khronos glTF validator from npm. Idempotent.
# Usage: scripts/install-test-tools.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-${NEXUS_BUILD_DIR:-build}}"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "Installing nodejs and npm (for the glTF validator)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
fi
if [ ! -f "$BUILD_DIR/npm/node_modules/gltf-validator/package.json" ]; then
  mkdir -p "$BUILD_DIR/npm"
  npm install --prefix "$BUILD_DIR/npm" --no-audit --no-fund --silent gltf-validator@2.0.0-dev.3.10
fi
