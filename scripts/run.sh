#!/usr/bin/env bash
# Builds Nexus Studio and starts it. With no profile yet it opens the seeded demo.
# Extra arguments go to nexus-studio (e.g. --demo, --profile DIR, --theme dark).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
BUILD_DIR="${NEXUS_BUILD_DIR:-build}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting under Xvfb (screenshots: add --screenshots DIR)."
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$BUILD_DIR/bin/nexus-studio" "$@"
fi
exec "$BUILD_DIR/bin/nexus-studio" "$@"
