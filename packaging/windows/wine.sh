# Wine helpers shared by the Windows scripts (sourced, never run): calls with a time limit,
# Windows paths, and the run's Wine server. The caller exports WINEPREFIX.

WINE=/usr/lib/wine/wine64

# A Wine call: time limit ($1 seconds), no terminal for stdin, and stdout/stderr through a pipe
# (a Windows console program whose output is a regular file dies at start under Wine 8).
wine_run() {
    local limit=$1
    shift
    timeout --kill-after=10 "$limit" "$WINE" "$@" </dev/null 2>&1 | cat
    return "${PIPESTATUS[0]}"
}

# Linux path -> Windows path on Wine's Z: drive.
winpath() { printf 'Z:%s' "$(realpath -m "$1" | tr / '\\')"; }

# The run's Wine server. Persistent: Debian's `wineserver` wrapper starts it with -p0, so it
# stops as soon as a call ends and the next call waits for it and Wine's services (services.exe,
# winedevice, plugplay, svchost, rpcss, explorer) to start again. At real-time priority where
# allowed (root; HTX_WINE_REALTIME=0 turns it off): every file a Windows program opens and every
# window message is a round trip to the server, and on a loaded machine the server spent a
# third of its time waiting for a CPU before each answer (measured with /proc/PID/schedstat
# during the build: 0.5 ms per wake-up at normal priority, none at real-time priority, where
# the server used 4 % of one core). Only the server: the programs keep normal priority.
wine_server_start() {
    if [[ ${HTX_WINE_REALTIME:-1} != 0 ]] && chrt -r 5 wineserver -p 2>/dev/null; then
        return 0
    fi
    wineserver -p 2>/dev/null || true # one may already run: calls then use that one
}

# Ends every Wine process of the prefix (a window left open, a program that hangs) and the
# server, which saves the registry.
wine_stop() { timeout 60 wineserver -k 2>/dev/null || true; }

# A fresh server: no window or Wine desktop process left from the calls before (a desktop
# process started by a program without a display would serve the next one with no display).
wine_restart() {
    wine_stop
    wine_server_start
}

# The programs running in the prefix, Wine's own services aside: "PID command line" lines.
wine_programs() {
    local proc pid line
    # Wine processes show their Windows command line (the loader's, while they start).
    for pid in $(pgrep -f '^([A-Za-z]:\\|/usr/lib/wine/wine)'); do
        proc=/proc/$pid
        [[ "$(readlink "$proc/exe" 2>/dev/null)" == "$WINE"* ]] || continue
        grep -qzx "WINEPREFIX=$WINEPREFIX" "$proc/environ" 2>/dev/null || continue
        line=$(tr '\0' ' ' <"$proc/cmdline" 2>/dev/null) || continue
        if [[ ${line,,} =~ ^c:\\windows\\system32\\(services|winedevice|plugplay|svchost|rpcss|explorer)\.exe ]]; then
            continue
        fi
        echo "$pid $line"
    done
}

# Waits (at most $1 seconds) until no program runs in the prefix: what `wineserver -w` does
# with a server that is not persistent (an uninstaller goes on in a copy of itself after the
# one started has ended).
wine_wait() {
    local deadline=$((SECONDS + $1))
    while [[ -n "$(wine_programs)" ]]; do
        if ((SECONDS >= deadline)); then
            echo "still running after $1 s:"
            wine_programs
            return 1
        fi
        sleep 0.5
    done
}
