#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# check_no_gui.sh LINK-LIBRARIES.txt PROBE LIBMACORE.a LIBMAWIZARD.a LIBQT6GUI.so LIBQT6WIDGETS.so
# Fails when the core or the wizard's logic reach Qt Gui or Qt Widgets: CMake links one of them
# into either library, the probe binary (which links only them) needs one at run time, or an
# object of the two static libraries refers to a symbol that Qt Gui or Qt Widgets defines.
set -euo pipefail
links=$1 probe=$2 core=$3 wizard=$4 gui=$5 widgets=$6
status=0
if grep -E 'Qt6?::(Gui|Widgets)|Qt6(Gui|Widgets)|libQt6(Gui|Widgets)' "$links"; then
    echo "FAIL: the line above links Qt Gui or Qt Widgets"
    status=1
fi
if needed=$(ldd "$probe" | grep -E 'libQt6(Gui|Widgets)\.so'); then
    echo "FAIL: $probe (core + wizard logic only) needs: $needed"
    status=1
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
nm -D --defined-only --format=posix "$gui" "$widgets" 2>/dev/null | awk 'NF>=2 {print $1}' | sed 's/@.*//' | sort -u >"$work/gui"
[ -s "$work/gui" ] || { echo "FAIL: no symbols read from $gui and $widgets"; exit 1; }
for lib in "$core" "$wizard"; do
    nm --undefined-only --format=posix "$lib" 2>/dev/null | awk 'NF>=2 {print $1}' | sort -u >"$work/undefined"
    if used=$(comm -12 "$work/gui" "$work/undefined" | head -5) && [ -n "$used" ]; then
        echo "FAIL: $(basename "$lib") uses Qt Gui/Widgets symbols, e.g.:"
        echo "$used" | c++filt | sed 's/^/  /'
        status=1
    fi
done
[ $status = 0 ] && echo "core and wizard logic: no Qt Gui, no Qt Widgets ($(wc -l <"$work/gui") Gui/Widgets symbols checked)"
exit $status
