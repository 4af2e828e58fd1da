#!/usr/bin/env bash
# Build the NSIS installer from dist/windows/HTXDesktop and test it under Wine, as a user without
# administrator rights would meet it:
#  1. silent install (setup.exe /S) into %LOCALAPPDATA%\Programs\HTX Desktop;
#  2. the shortcuts (Vietnamese names), the HKCU associations and the uninstall entry exist;
#  3. the installed program passes the smoke test (--quick);
#  4. files open by their association (`start` = ShellExecute, as a double-click does): a
#     `.htxsetup` on a machine not yet set up installs the office in the first-run window; a
#     `.htxpkg` double-clicked while the window is open on the user's database is handed to that
#     window (one window per database), which shows the import preview (screenshots saved);
#  5. silent uninstall: the program, shortcuts and keys are gone, the data folder is kept; a
#     second install and `uninstall /S /REMOVEDATA` removes the data folder too.
#
#   installer_test.sh OUT_DIR        (called by build_and_test.sh, which sets up WINEPREFIX)
set -euo pipefail

OUT=$1
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PY='C:\Python311\python.exe'
: "${WINEPREFIX:?run through build_and_test.sh}"
# shellcheck source=packaging/windows/wine.sh
source "$ROOT/packaging/windows/wine.sh" # wine_run, winpath, wine_stop
# A path inside the prefix's C: drive, as Windows names it (C:\users\...).
cpath() { printf 'C:%s' "$(realpath -m "$1" | sed "s|^$(realpath -m "$WINEPREFIX/drive_c")||" | tr / '\\')"; }
unset HTX_DATA_DIR HTX_DB # the installed program uses the user's own data folder
fail() {
    echo "FAIL: $*"
    exit 1
}
# The seconds each part took, added to the caller's timings.txt.
part_started=$SECONDS
part() {
    printf '%6d s    installer: %s\n' $((SECONDS - part_started)) "$*" >>"$OUT/timings.txt"
    part_started=$SECONDS
}

version=$(cd "$ROOT" && python3 -c "import ast,sys; t=ast.parse(open('desktop/__init__.py').read()); print(next(ast.literal_eval(n.value) for n in t.body if isinstance(n, ast.Assign) and n.targets[0].id == '__version__'))")
version4=$(python3 -c "import re,sys; n=[int(re.match(r'\d*', p).group() or 0) for p in sys.argv[1].split('.')]; print('.'.join(map(str, (n + [0, 0, 0, 0])[:4])))" "$version")
setup="$OUT/CaiDat-HTXDesktop-$version.exe"
icon="$ROOT/build/windows/htx.ico"
[[ -f "$icon" ]] || icon=$(find "$ROOT/build/windows" -name htx.ico | head -n 1)
compressor=${HTX_INSTALLER_COMPRESSOR:-lzma}
rm -f "$setup"
timeout 3600 makensis -V2 -DVERSION="$version" -DVERSION4="$version4" -DDIST="$OUT/HTXDesktop" \
    -DOUTFILE="$setup" -DCOMPRESSOR="$compressor" ${icon:+-DICON="$icon"} \
    "$ROOT/packaging/windows/installer.nsi" || fail "makensis could not build the installer"
stat -c %s "$setup" >"$OUT/installer_bytes"
echo "installer: $setup ($(($(cat "$OUT/installer_bytes") / 1048576)) MB, $compressor)"
part "makensis ($compressor, $(($(cat "$OUT/installer_bytes") / 1048576)) MB)"

user=$(ls "$WINEPREFIX/drive_c/users" | grep -v -x -e Public | head -n 1)
home="$WINEPREFIX/drive_c/users/$user"
local_app="$home/AppData/Local"
installed="$local_app/Programs/HTX Desktop"
data="$local_app/HTX/HTXDesktop"
shortcut="HTX Desktop - Quản lý hợp tác xã.lnk"
start_menu="$home/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/HTX Desktop"
rm -rf "$installed" "$data" # what an earlier run may have left in the cached prefix

# 1. Silent install, as the user.
wine_run 300 "$setup" /S
timeout 120 wineserver -w || true
[[ -f "$installed/HTXDesktop.exe" && -f "$installed/htx.exe" ]] || fail "nothing installed in $installed"
[[ -f "$installed/Gỡ cài đặt.exe" ]] || fail "no uninstaller"

# 2. Shortcuts, associations, uninstall entry.
[[ -f "$start_menu/$shortcut" ]] || fail "no Start-menu shortcut '$shortcut'"
desktop_link="$home/Desktop/$shortcut" # Wine links Desktop to a Unix folder: -f follows it
[[ -f "$desktop_link" ]] || fail "no desktop shortcut '$shortcut'"
for key in 'HKCU\Software\Classes\.htxpkg' 'HKCU\Software\Classes\.htxsetup' \
    'HKCU\Software\Classes\HTXDesktop.GoiDongBo\shell\open\command' \
    'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\HTXDesktop'; do
    wine_run 60 reg query "$key" | grep -q REG_ || fail "registry key $key missing"
done
wine_run 60 reg query 'HKCU\Software\Classes\HTXDesktop.GoiDongBo\shell\open\command' |
    grep -qF 'HTXDesktop.exe" "%1"' || fail "the .htxpkg command does not pass the file"
echo "installed: $installed; shortcuts and associations present"
part "silent install and its checks"

# 3. The installed program's smoke test.
PYTHONIOENCODING=utf-8 WINEQT_QPA_PLATFORM=offscreen wine_run 900 "$PY" \
    "$(winpath "$ROOT/packaging/smoke_test.py")" --dist "$(cpath "$installed")" --quick --windows |
    tee "$OUT/smoke_installed.log"
grep -q '^PASS' "$OUT/smoke_installed.log" || fail "smoke test of the installed program"
part "smoke test of the installed program"

# 4. Files opened by association. Wine 8 does not merge the per-user classes the installer wrote
# (HKCU\Software\Classes) into HKEY_CLASSES_ROOT as Windows does, so its ShellExecute would find
# no program: the test prefix gets a copy of those keys, unchanged, in HKLM (test only).
classes=(.htxpkg .htxsetup HTXDesktop.GoiDongBo HTXDesktop.TepThietLap)
wine_classes() { wine_run 120 "$PY" "$(winpath "$ROOT/packaging/windows/wine_classes.py")" "$@"; }
wine_classes mirror "${classes[@]}"
work=$(mktemp -d)
mkdir -p "$work/Hộp thư"
htx() { wine_run 300 "$(cpath "$installed/htx.exe")" "$@"; }

# 4a. A district's PC, not yet set up, receives its setup file from the province: double-click.
tinh=$(winpath "$work/tỉnh.sqlite3")
htx init --db "$tinh" --role province --office T44 --name "Sở KH&ĐT Quảng Bình" --area 44 \
    --scheme pre2025
htx enroll --db "$tinh" --role district --office H457 --name "UBND huyện Lệ Thủy" --area 457 \
    --out "$(winpath "$work/Lệ Thủy.htxsetup")"
[[ -f "$work/Lệ Thủy.htxsetup" ]] || fail "the province issued no setup file"
rm -rf "$data" # a user who never started the program
# The first-run window installs it and says so (message box titled "Đã cài đặt đơn vị").
# Under Wine 8 this message box (owned by the first-run window) is mapped but never drawn (seen
# 2026-11-29, also with a window manager and forced exposes): the screenshot is not required, the
# checks below are. The same for the import preview over the open window.
HTX_SHOT_WAIT=120 "$ROOT/packaging/windows/screenshot.sh" "$OUT/screenshot_setup.png" \
    "Đã cài đặt đơn vị" --unpainted-ok -- start /unix "$work/Lệ Thủy.htxsetup"
wine_stop # the windows left open
[[ -f "$data/htx.sqlite3" ]] || fail "the setup file did not set up the user's database in $data"
python3 - "$data/htx.sqlite3" <<'PY' || fail "the user's database is not the district's"
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("SELECT value FROM setting").fetchall()
assert any("H457" in str(value) for (value,) in rows), rows
PY
echo "association: the setup file set up UBND huyện Lệ Thủy in the first-run window"
part "a .htxsetup opened by association"

# 4b. The province's PC (a new user data folder): a district's package is double-clicked while
# the window is open: the later launch hands it to that window, which previews the import.
rm -rf "$data"
htx init --role province --office T44 --name "Sở KH&ĐT Quảng Bình" --area 44 \
    --scheme pre2025
htx enroll --role district --office H457 --name "UBND huyện Lệ Thủy" --area 457 \
    --out "$(winpath "$work/Lệ Thủy 2.htxsetup")"
htx setup --db "$(winpath "$work/huyện.sqlite3")" "$(winpath "$work/Lệ Thủy 2.htxsetup")"
htx coop add --db "$(winpath "$work/huyện.sqlite3")" registration_code=3100123459 \
    "name=HTX Nông nghiệp Sen Thủy" area_code=457
htx export --db "$(winpath "$work/huyện.sqlite3")" --out "$(winpath "$work/Hộp thư")"
package=$(find "$work/Hộp thư" -name '*.htxpkg' | head -n 1)
[[ -n "$package" ]] || fail "the district exported no package"
[[ -f "$data/htx.sqlite3" ]] || fail "the user's database is not in $data"
HTX_SHOT_WAIT=120 "$ROOT/packaging/windows/screenshot.sh" "$OUT/screenshot_association.png" \
    "$(basename "$package")" --wait-log "$data/htx.log" "opening" --unpainted-ok \
    --window-first "HTX Desktop" "$(cpath "$installed/HTXDesktop.exe")" \
    -- start /unix "$package"
wine_stop # the windows left open
grep -q "received from another launch: .*$(basename "$package")" "$data/htx.log" ||
    fail "the package was not handed to the open window"
grep -q "opening .*$(basename "$package")" "$data/htx.log" ||
    fail "the open window did not open the package"
rm -rf "$work"
echo "association: the package was handed to the open window, which shows the import preview"
part "a .htxpkg opened by association in the open window"

# 5. Silent uninstall keeps the data.
wine_classes remove "${classes[@]}"
uninstall() {
    wine_run 300 "$(cpath "$installed/Gỡ cài đặt.exe")" /S "$@"
    # The uninstaller runs from a copy in %TEMP%: wait until every Wine process has ended.
    timeout 120 wineserver -w || true
    [[ ! -e "$installed" ]] || fail "program left after uninstall: $(ls "$installed")"
    [[ ! -e "$start_menu" && ! -e "$desktop_link" ]] || fail "shortcuts left after uninstall"
    local key
    for key in "${classes[@]}" 'Microsoft\Windows\CurrentVersion\Uninstall\HTXDesktop'; do
        [[ $key == Microsoft* ]] && key="HKCU\\Software\\$key" || key="HKCU\\Software\\Classes\\$key"
        if wine_run 60 reg query "$key" | grep -q REG_; then
            fail "registry key $key left after uninstall"
        fi
    done
}
uninstall
[[ -f "$data/htx.sqlite3" ]] || fail "the uninstaller removed the data folder"
echo "uninstalled (/S): program, shortcuts and registry keys gone, data kept in $data"

# ... and removes it when asked.
wine_run 300 "$setup" /S
timeout 120 wineserver -w || true
[[ -f "$installed/HTXDesktop.exe" ]] || fail "second install failed"
uninstall /REMOVEDATA
[[ ! -e "$data" && ! -e "$local_app/HTX" ]] || fail "/REMOVEDATA left the data folder $data"
echo "uninstalled (/S /REMOVEDATA): program and data folder gone"
part "uninstall /S, install again, uninstall /S /REMOVEDATA"
