#!/usr/bin/env bash
# Installs the system tools the tests use: Debian's cloud-init, for its
# `cloud-init schema` validator. Idempotent and quick when already present.
set -euo pipefail

if command -v cloud-init >/dev/null 2>&1; then
  echo "cloud-init already installed: $(cloud-init --version 2>&1)"
  exit 0
fi

SUDO=''
if [ "$(id -u)" -ne 0 ]; then SUDO='sudo'; fi

# Keep package scripts from starting services; containers usually ship this
# guard already, so only add (and later remove) it when it is missing.
POLICY=/usr/sbin/policy-rc.d
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod 755 "$POLICY"
  trap '$SUDO rm -f "$POLICY"' EXIT
fi

export DEBIAN_FRONTEND=noninteractive
start=$(date +%s)
$SUDO apt-get update -qq
# Recommends (sudo, eatmydata, cloud-guest-utils, ...) are not needed for the validator.
$SUDO apt-get install -y -qq --no-install-recommends cloud-init >/dev/null
# Only the validator is wanted: never let cloud-init configure this machine at boot.
$SUDO mkdir -p /etc/cloud
$SUDO touch /etc/cloud/cloud-init.disabled
echo "installed $(cloud-init --version 2>&1) in $(( $(date +%s) - start ))s"
