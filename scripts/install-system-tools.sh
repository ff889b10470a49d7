#!/usr/bin/env bash
# Installs the system tools the tests use, from Debian:
#   cloud-init  its `cloud-init schema` validator checks the rendered user data;
#   haproxy     `haproxy -c` checks the generated haproxy.cfg, and
#               __tests__/haproxy-integration.test.ts runs it in front of
#               loopback backends;
#   nftables    `nft -c` checks the rendered host firewall.
# Idempotent and quick when all are present: apt-get runs only for what is missing.
set -euo pipefail

# Debian installs haproxy and nft in /usr/sbin, which not every user's PATH holds.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

# command on PATH -> Debian package that provides it
declare -A PACKAGES=([cloud-init]=cloud-init [haproxy]=haproxy [nft]=nftables)

version() {
  case "$1" in
    cloud-init) cloud-init --version 2>&1 ;;
    haproxy) haproxy -v 2>&1 | head -n 1 ;;
    nft) nft --version 2>&1 ;;
  esac
}

missing=()
for command in cloud-init haproxy nft; do
  if command -v "$command" >/dev/null 2>&1; then
    echo "$command already installed: $(version "$command")"
  else
    missing+=("$command")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi

SUDO=''
if [ "$(id -u)" -ne 0 ]; then SUDO='sudo'; fi

# Keep package scripts from starting services (haproxy's would bind port 80);
# containers usually ship this guard already, so only add (and later remove)
# it when it is missing.
POLICY=/usr/sbin/policy-rc.d
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod 755 "$POLICY"
  trap '$SUDO rm -f "$POLICY"' EXIT
fi

packages=()
for command in "${missing[@]}"; do packages+=("${PACKAGES[$command]}"); done

export DEBIAN_FRONTEND=noninteractive
start=$(date +%s)
$SUDO apt-get update -qq
# Recommends (sudo, eatmydata, cloud-guest-utils, ...) are not needed for the checks.
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null

for command in "${missing[@]}"; do
  case "$command" in
    cloud-init)
      # Only the validator is wanted: never let cloud-init configure this machine at boot.
      $SUDO mkdir -p /etc/cloud
      $SUDO touch /etc/cloud/cloud-init.disabled
      ;;
    haproxy)
      # Only the binary is wanted: the package enables its unit, which would serve port 80 from the next boot.
      if command -v systemctl >/dev/null 2>&1; then
        $SUDO systemctl disable --quiet haproxy.service ||
          echo "could not disable haproxy.service: it may start at boot" >&2
      fi
      ;;
  esac
done

for command in "${missing[@]}"; do echo "installed $(version "$command")"; done
echo "installed ${packages[*]} in $(($(date +%s) - start))s"
