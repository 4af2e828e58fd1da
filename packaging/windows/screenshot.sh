#!/usr/bin/env bash
# Screenshot of a Windows program's window under Wine, drawn by Qt's real Windows platform plugin
# on a virtual X screen (Xvfb, 1366x768), for a person to review.
#
#   screenshot.sh OUT.png "TITLE TEXT" [--wait-log FILE TEXT] [--window-first TITLE EXE] \
#                 [--unpainted-ok] -- PROGRAM.exe [ARGS...]
#
# Waits until a window whose title contains TITLE TEXT is mapped (and, with --wait-log, until
# FILE contains TEXT), then until that window is painted: its part of the screen holds many
# colours (anti-aliased text, not a black or single-colour rectangle) and two grabs a second
# apart are the same (or it has shown them three grabs running). Only then is the screen saved.
# A window that never paints fails the step (no black screenshot is passed off as one); with
# --unpainted-ok it is only reported, its grab saved as OUT.unpainted.png (never as OUT.png).
# With --window-first, EXE is started first (no arguments) and its window awaited (TITLE) before
# PROGRAM runs: a file handed to a window already open. The caller ends the Wine processes
# (wine_stop). Runs in the caller's WINEPREFIX; the stand-in mscms.dll is loaded for
# qwindows.dll.
# Time limits: HTX_SHOT_WAIT seconds (default 180) for each window, as long again for painting.
set -euo pipefail

out=$1
title=$2
shift 2
wait_file="" wait_text="" first_title="" first_program="" unpainted_ok=0
while (($#)); do
    case $1 in
    --wait-log)
        wait_file=$2 wait_text=$3
        shift 3
        ;;
    --window-first)
        first_title=$2 first_program=$3
        shift 3
        ;;
    --unpainted-ok)
        unpainted_ok=1
        shift
        ;;
    --)
        shift
        break
        ;;
    *) break ;;
    esac
done
limit=${HTX_SHOT_WAIT:-180}
work=$(mktemp -d)
# shellcheck source=packaging/windows/wine.sh
source "$(dirname "$0")/wine.sh" # WINE, wine_server_start

# A free display number chosen by Xvfb itself (-displayfd): another Xvfb on the machine (other
# jobs, other tests) is never grabbed by mistake.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
program="" first=""
cleanup() { # a program may have ended already (`start` returns once it has launched)
    if [[ -n "$program" ]]; then kill "$program" 2>/dev/null || true; fi
    if [[ -n "$first" ]]; then kill "$first" 2>/dev/null || true; fi
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 100); do
    [[ -s "$work/display" ]] && break
    kill -0 "$xvfb" 2>/dev/null || break
    sleep 0.2
done
[[ -s "$work/display" ]] || {
    echo "FAIL: Xvfb did not start"
    exit 1
}
display=":$(head -n 1 "$work/display")"

# The line of `xwininfo -root -tree` for the window titled $1 (empty if none). xwininfo prints
# titles in the locale's encoding: UTF-8, whatever the caller's, so Vietnamese titles match.
window_line() {
    DISPLAY=$display LC_ALL=C.UTF-8 xwininfo -root -tree 2>/dev/null | grep -F "\"" |
        grep -F -- "$1" | grep -E '[0-9]+x[0-9]+\+-?[0-9]+\+-?[0-9]+ +\+-?[0-9]+\+-?[0-9]+$' |
        head -n 1 || true
}

# Waits for a window titled $1 (and for $3 in file $2, if given).
wait_window() {
    local deadline=$((SECONDS + limit))
    while ((SECONDS < deadline)); do
        if [[ -n "$(window_line "$1")" ]]; then
            if [[ -z "${2:-}" ]] || grep -qF -- "$3" "$2" 2>/dev/null; then
                return 0
            fi
        fi
        sleep 0.5
    done
    echo "FAIL: no window titled '$1'${2:+ with '$3' in $2} within $limit s"
    echo "windows on the screen:"
    DISPLAY=$display LC_ALL=C.UTF-8 xwininfo -root -tree 2>/dev/null | grep '"' | head -n 20 || true
    if [[ -n "${2:-}" && -f "$2" ]]; then tail -n 20 "$2"; fi
    return 1
}

grab() { DISPLAY=$display xwd -root -silent | xwdtopnm 2>/dev/null >"$1"; }

# How many colours the window titled $1 shows in screen grab $2 (its visible part).
window_colours() {
    local line geometry w h x y
    line=$(window_line "$1")
    [[ -n "$line" ]] || {
        echo 0
        return
    }
    geometry=$(grep -oE '[0-9]+x[0-9]+\+-?[0-9]+\+-?[0-9]+ +\+-?[0-9]+\+-?[0-9]+$' <<<"$line")
    read -r w h x y < <(sed -E 's/^([0-9]+)x([0-9]+)\+-?[0-9]+\+-?[0-9]+ +\+(-?[0-9]+)\+(-?[0-9]+)$/\1 \2 \3 \4/' <<<"$geometry")
    ((x < 0)) && w=$((w + x)) x=0
    ((y < 0)) && h=$((h + y)) y=0
    ((x + w > 1366)) && w=$((1366 - x))
    ((y + h > 768)) && h=$((768 - y))
    if ((w < 8 || h < 8)); then
        echo 0
        return
    fi
    pnmcut -left "$x" -top "$y" -width "$w" -height "$h" "$2" 2>/dev/null |
        ppmhist -noheader 2>/dev/null | wc -l
}

# Waits until the window titled $1 is painted and done drawing (see the header), then saves the
# screen to $2. Done drawing: two grabs a second apart are the same, or it has shown enough
# colours in three grabs running (a blinking text cursor keeps the screen from ever being still).
MIN_COLOURS=48
shoot() {
    local deadline=$((SECONDS + limit)) colours=0 previous="" now painted=0
    while ((SECONDS < deadline)); do
        grab "$work/now.ppm"
        colours=$(window_colours "$1" "$work/now.ppm")
        now=$(md5sum <"$work/now.ppm")
        if ((colours >= MIN_COLOURS)); then
            painted=$((painted + 1))
            if [[ "$now" == "$previous" ]] || ((painted >= 3)); then
                pnmtopng <"$work/now.ppm" >"$2" 2>/dev/null
                echo "screenshot: $2 ($(du -k "$2" | cut -f1) KB; the window shows $colours colours)"
                return 0
            fi
        else
            painted=0
        fi
        previous=$now
        sleep 1
    done
    pnmtopng <"$work/now.ppm" >"${2%.png}.unpainted.png" 2>/dev/null || true
    if ((unpainted_ok)); then
        echo "WARNING: the window titled '$1' was mapped but not painted within $limit s" \
            "($colours colours): saved as ${2%.png}.unpainted.png, not as $2"
        return 0
    fi
    echo "FAIL: the window titled '$1' was not painted within $limit s ($colours colours;" \
        "the last grab is ${2%.png}.unpainted.png)"
    return 1
}

# No WINEQT_QPA_PLATFORM: the program uses the "windows" platform plugin, as on Windows.
run_wine() {
    wine_server_start
    DISPLAY=$display WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d;mscms=n" \
        timeout --kill-after=10 $((3 * limit)) "$WINE" "$@" </dev/null 2>&1 | cat
}
if [[ -n "$first_program" ]]; then
    run_wine "$first_program" &
    first=$!
    wait_window "$first_title"
    # Painted first: the window listens for later launches once it is shown.
    shoot "$first_title" "$work/first.png"
fi
run_wine "$@" &
program=$!
wait_window "$title" "$wait_file" "$wait_text"
shoot "$title" "$out"
