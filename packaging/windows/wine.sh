# Wine helpers shared by the Windows scripts (sourced, never run): calls with a time limit,
# Windows paths, and the Wine server's priority. The caller exports WINEPREFIX.

WINE=/usr/lib/wine/wine64

# A Wine call: time limit ($1 seconds), no terminal for stdin, and stdout/stderr through a pipe
# (a Windows console program whose output is a regular file dies at start under Wine 8).
wine_run() {
    local limit=$1
    shift
    wine_server_start
    timeout --kill-after=10 "$limit" "$WINE" "$@" </dev/null 2>&1 | cat
    return "${PIPESTATUS[0]}"
}

# Linux path -> Windows path on Wine's Z: drive.
winpath() { printf 'Z:%s' "$(realpath -m "$1" | tr / '\\')"; }

# The Wine server at real-time priority where allowed (root; HTX_WINE_REALTIME=0 turns it off).
# Every file a Windows program opens and every window message is a round trip to the server,
# and on a loaded machine the server spent a third of its time waiting for a CPU before each
# answer (measured with /proc/PID/schedstat during the build: 0.5 ms per wake-up at normal
# priority, none at real-time priority, where it used 4 % of one core). Only the server: the
# programs keep normal priority. Started before each call (a no-op while one runs), it stops
# when the call's last program ends, as Wine's own does (Debian's wrapper passes -p0): a
# persistent server (-p) would keep Wine's services alive, and they hold the output pipe of the
# call that started them, so `wine_run` would never return.
wine_server_start() {
    if [[ ${HTX_WINE_REALTIME:-1} != 0 ]]; then
        # (none of the caller's output: the server outlives this function)
        chrt -r 5 wineserver </dev/null >/dev/null 2>&1 || true # one runs: the call uses it
    fi
}

# Ends every Wine process of the prefix (a window left open, a program that hangs) and the
# server, which saves the registry.
wine_stop() { timeout 60 wineserver -k 2>/dev/null || true; }
