#!/usr/bin/env bash
# Screenshot of a Windows program's window under Wine, drawn by Qt's real Windows platform plugin
# on a virtual X screen (Xvfb, 1366x768), for a person to review.
#
#   screenshot.sh OUT.png "TITLE TEXT" [--wait-log FILE TEXT] -- PROGRAM.exe [ARGS...]
#
# Waits (60 s at most) until a window whose title contains TITLE TEXT is mapped (and, with
# --wait-log, until FILE contains TEXT), lets it paint, grabs the screen, then ends the program.
# Runs in the caller's WINEPREFIX; the stand-in mscms.dll is loaded for qwindows.dll.
set -euo pipefail

out=$1
title=$2
shift 2
wait_file="" wait_text=""
if [[ "${1:-}" == "--wait-log" ]]; then
    wait_file=$2 wait_text=$3
    shift 3
fi
[[ "${1:-}" == "--" ]] && shift

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
program=""
cleanup() {
    [[ -n "$program" ]] && kill "$program" 2>/dev/null
    kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 50); do
    DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break
    sleep 0.2
done

# No WINEQT_QPA_PLATFORM: the program uses the "windows" platform plugin, as on Windows.
DISPLAY=$display WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d;mscms=n" \
    timeout --kill-after=10 120 /usr/lib/wine/wine64 "$@" </dev/null 2>&1 | cat &
program=$!

shown=0
for _ in $(seq 120); do
    if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -qF "$title"; then
        if [[ -z "$wait_file" ]] || grep -qF "$wait_text" "$wait_file" 2>/dev/null; then
            shown=1
            break
        fi
    fi
    sleep 0.5
done
if ((!shown)); then
    echo "FAIL: no window titled '$title' within 60 s"
    DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep '"' | head -n 20 || true
    exit 1
fi
sleep 4 # let it finish painting
DISPLAY=$display xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$out" 2>/dev/null
echo "screenshot: $out ($(du -k "$out" | cut -f1) KB)"
