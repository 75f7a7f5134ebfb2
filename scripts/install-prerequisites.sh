#!/usr/bin/env bash
# Installs the Debian packages vaak's build, tests and comparisons use, when they are missing.
# Maven artifacts are fetched by Maven itself. Needs root (or sudo) only when something is missing.
# Extra package names given as arguments are installed too (benchmark scripts use this).
set -euo pipefail
packages=(maven gettext sentencepiece python3-morfessor libfst-tools espeak-ng "$@")
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} == 0 )); then
    exit 0
fi
echo "Installing Debian packages: ${missing[*]}" >&2
sudo=""
if (( EUID != 0 )); then
    if command -v sudo >/dev/null; then sudo=sudo; else
        echo "Missing packages (${missing[*]}) and no root rights: install them and run again." >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
