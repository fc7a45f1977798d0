#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building, running and testing Migration Assistant needs on Debian 12,
# from Debian's own packages. Used by the README's first command and by CI alike.
# clang (with its runtime libraries) builds the fuzzers and the sanitizer run of the model tests.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# sqitch and its DBD drivers are the twin the Sqitch tests compare with (tests/app/tst_sqitch*,
# tests/core/project); postgresql-contrib holds pgcrypto, which the sqitch-intro fixture loads.
# The last line is the .deb: CPack needs file and dpkg-shlibdeps (dpkg-dev); the packaging
# test runs lintian, appstreamcli, desktop-file-validate and man on it.
$SUDO apt-get install -y -qq --no-install-recommends \
    build-essential cmake ninja-build \
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libpq-dev libssl-dev sqlite3 \
    postgresql postgresql-contrib xvfb xauth fonts-dejavu-core \
    sqitch libdbd-sqlite3-perl libdbd-pg-perl \
    dpkg-dev file lintian appstream desktop-file-utils man-db \
    clang libclang-rt-14-dev >/dev/null
