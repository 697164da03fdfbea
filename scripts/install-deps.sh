#!/usr/bin/env bash
# Installs the Debian 12 packages Nexus Studio needs to build, run and test. Idempotent:
# only calls apt-get when something is missing.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-quick3d-dev qt6-shadertools-dev
  qt6-charts-dev qt6-httpserver-dev qt6-tools-dev qt6-l10n-tools qcoro-qt6-dev
  libqt6sql6-sqlite libsqlite3-dev libssl-dev libxkbcommon-dev libqrencode-dev zbar-tools
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick
  qml6-module-qtquick-window qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  qml6-module-qtqml-statemachine qml6-module-qtquick-shapes
  qml6-module-qttest qml6-module-qtcharts qml6-module-quick3d qml6-module-quick3d-helpers
  xvfb xauth libgl1-mesa-dri libglx-mesa0 libegl1 libegl-mesa0 fonts-dejavu-core
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing ${#missing[@]} missing packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
