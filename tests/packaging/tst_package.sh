#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb as a user gets it: packaged by CPack from the build, unpacked into a temporary
# root, and the INSTALLED binary run headless on a demo database (check, apply, rollback).
# Its control fields, its version, and its desktop entry, AppStream data, man page and the
# package as a whole are checked with the tools Debian uses (lintian fails on any E: line).
#
#   tst_package.sh CPACK BUILD_DIR APP_ID
set -euo pipefail
cpack=$1 build=$2 app_id=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
step() { echo "--- $*"; }

for tool in dpkg-deb dpkg-shlibdeps lintian appstreamcli desktop-file-validate man sqlite3; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (packaging/install-build-deps.sh installs it)" >&2; exit 1; }
done

step "cpack -G DEB"
# -B keeps the package and CPack's staging out of the build folder.
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack failed" >&2
    exit 1
fi
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
deb="$work/out/migration-assistant_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { ls -l "$work/out" >&2; echo "FAIL: no $deb" >&2; exit 1; }
echo "$(basename "$deb")"

step "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = migration-assistant ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', CPack says '$version'"
depends=$(field Depends)
echo "Depends: $depends"
for dep in libqt6sql6-sqlite libqt6sql6-psql libqt6core6 libqt6widgets6 libsqlite3-0 libc6; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done
for f in Maintainer Section Homepage Description; do
    [ -n "$(field "$f")" ] || fail "no $f field"
done

step "contents"
dpkg-deb -x "$deb" "$work/root"
root=$work/root
for path in usr/bin/migration-assistant \
            "usr/share/applications/$app_id.desktop" \
            "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
            "usr/share/metainfo/$app_id.metainfo.xml" \
            usr/share/man/man1/migration-assistant.1.gz \
            usr/share/doc/migration-assistant/copyright \
            usr/share/doc/migration-assistant/changelog.gz \
            usr/share/migration-assistant/schema/plan.schema.json \
            usr/share/migration-assistant/schema/fleet.schema.json; do
    [ -f "$root/$path" ] || fail "the package has no /$path"
done

step "the installed binary"
bin=$root/usr/bin/migration-assistant
# As on a server: no display at all. Qt and its plugins come from the system.
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u QT_LOGGING_RULES "$bin" "$@"; }
expect() { # expect CODE LABEL -- ARGS...: runs the binary, fails unless it exits with CODE
    local code=$1 label=$2
    shift 3
    local got=0
    run "$@" >"$work/out.txt" 2>"$work/err.txt" || got=$?
    if [ "$got" != "$code" ]; then
        fail "$label: exit $got, expected $code"
        sed 's/^/  stdout: /' "$work/out.txt" | head -40 >&2
        sed 's/^/  stderr: /' "$work/err.txt" | head -40 >&2
        return 1
    fi
}
db=$work/demo.db
if expect 0 "--version" -- --version; then
    [ "$(cat "$work/out.txt")" = "migration-assistant $version" ] \
        || fail "--version prints '$(cat "$work/out.txt")', the package is $version"
fi
expect 0 "--demo" -- --demo "$db" --users 300 && [ -f "$db" ] || fail "--demo wrote no database"
sha_before=$(sha256sum <"$db")
expect 0 "--check --yes" -- --headless --db "sqlite:$db" --check --yes --to v2 || true
[ "$(sha256sum <"$db")" = "$sha_before" ] || fail "--check changed the database"
if expect 0 "--apply --yes" -- --headless --db "sqlite:$db" --apply --yes --to v2 --json; then
    grep -q '"result": "ok"' "$work/out.txt" || fail "--apply --json: result is not ok: $(cat "$work/out.txt")"
fi
[ "$(sqlite3 "$db" "SELECT count(*) FROM sqlite_master WHERE name = 'user_integrations'")" = 1 ] \
    || fail "--apply made no user_integrations table"
ls "$work"/demo.db.before-*.bak >/dev/null 2>&1 || fail "--apply wrote no backup beside the database"
if expect 0 "--rollback --yes" -- --headless --db "sqlite:$db" --rollback --yes --json; then
    grep -q '"result": "rolled-back"' "$work/out.txt" || fail "--rollback --json: result is not rolled-back"
fi
[ "$(sqlite3 "$db" "SELECT count(*) FROM sqlite_master WHERE name = 'user_integrations'")" = 0 ] \
    || fail "--rollback left the user_integrations table"

step "the package's own records of its version"
zcat "$root/usr/share/doc/migration-assistant/changelog.gz" | head -1 | grep -q "^migration-assistant ($version) " \
    || fail "the changelog's first entry is not $version: $(zcat "$root/usr/share/doc/migration-assistant/changelog.gz" | head -1)"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the AppStream metainfo has no release $version"

step "desktop-file-validate, appstreamcli validate, man"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
grep -q "^Icon=$app_id$" "$root/usr/share/applications/$app_id.desktop" || fail "the desktop entry names another icon"
man_warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/migration-assistant.1.gz" 2>&1 >/dev/null)
[ -z "$man_warnings" ] || fail "man warns: $man_warnings"

step "lintian"
# As root (CI) lintian only notes "running with root privileges is not recommended!": it
# just reads the .deb, so that is harmless.
lintian --tag-display-limit 0 --display-info "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E: ' "$work/lintian.txt"; then
    fail "lintian reports errors"
fi

if [ "$failures" != 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"
