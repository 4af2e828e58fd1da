#!/usr/bin/env bash
# Screenshot of a Windows program's window under Wine, drawn by Qt's real Windows platform plugin
# on a virtual X screen (Xvfb, 1366x768), for a person to review.
#
#   screenshot.sh OUT.png "TITLE TEXT" [--wait-log FILE TEXT] [--window-first TITLE EXE] \
#                 -- PROGRAM.exe [ARGS...]
#
# Waits (60 s at most) until a window whose title contains TITLE TEXT is mapped (and, with
# --wait-log, until FILE contains TEXT), lets it paint, grabs the screen, then ends the program.
# With --window-first, EXE is started first (no arguments) and its window awaited (TITLE) before
# PROGRAM runs: a file handed to a window already open. The caller ends the Wine processes
# (wineserver -k). Runs in the caller's WINEPREFIX; the stand-in mscms.dll is loaded for
# qwindows.dll.
set -euo pipefail

out=$1
title=$2
shift 2
wait_file="" wait_text="" first_title="" first_program=""
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
    --)
        shift
        break
        ;;
    *) break ;;
    esac
done

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
program="" first=""
cleanup() { # a program may have ended already (`start` returns once it has launched)
    if [[ -n "$program" ]]; then kill "$program" 2>/dev/null || true; fi
    if [[ -n "$first" ]]; then kill "$first" 2>/dev/null || true; fi
    kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 50); do
    DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break
    sleep 0.2
done

# Waits (60 s at most) for a window titled $1 (and for $3 in file $2, if given). xwininfo prints
# titles in the locale's encoding: UTF-8, whatever the caller's, so Vietnamese titles match.
wait_window() {
    for _ in $(seq 120); do
        if DISPLAY=$display LC_ALL=C.UTF-8 xwininfo -root -tree 2>/dev/null | grep -qF "$1"; then
            if [[ -z "${2:-}" ]] || grep -qF "$3" "$2" 2>/dev/null; then
                return 0
            fi
        fi
        sleep 0.5
    done
    echo "FAIL: no window titled '$1'${2:+ with '$3' in $2} within 60 s"
    echo "windows on the screen:"
    DISPLAY=$display LC_ALL=C.UTF-8 xwininfo -root -tree 2>/dev/null | grep '"' | head -n 20 || true
    [[ -n "${2:-}" && -f "$2" ]] && tail -n 20 "$2"
    return 1
}

# No WINEQT_QPA_PLATFORM: the program uses the "windows" platform plugin, as on Windows.
run_wine() {
    DISPLAY=$display WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d;mscms=n" \
        timeout --kill-after=10 180 /usr/lib/wine/wine64 "$@" </dev/null 2>&1 | cat
}
if [[ -n "$first_program" ]]; then
    run_wine "$first_program" &
    first=$!
    wait_window "$first_title"
    sleep 3 # the window listens for later launches once it is shown
fi
run_wine "$@" &
program=$!
wait_window "$title" "$wait_file" "$wait_text"
sleep 8 # let it finish painting (slow on a busy machine)
DISPLAY=$display xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$out" 2>/dev/null
echo "screenshot: $out ($(du -k "$out" | cut -f1) KB)"
