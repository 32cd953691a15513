#!/usr/bin/python3
"""HAProxy in front of several instances of a wsarena peer, started and stopped by a run.

wsarena writes the configuration (loopback only, WebSocket upgrade passed through) and starts this
script, which runs `haproxy -db -f CONFIG` in the foreground, waits until --port accepts
connections, and prints the same line the peers print, naming HAProxy's own pid for CPU and memory
sampling:

  wsarena-peer listening port=43123 pid=1234 library=haproxy/2.6.12 tls=false

It exists for one thing HAProxy cannot do itself: ending with whoever started it. With
--exit-with-stdin it stops HAProxy once stdin ends (the starting process holds the other end, so a
`kill -9` of it ends HAProxy too); SIGTERM and SIGINT stop HAProxy as well. Its exit status is 0
after such a stop, HAProxy's own otherwise.

  /usr/bin/python3 src/peers/haproxy_balancer.py --config /tmp/haproxy.cfg --port 8888
"""

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

HOST = "127.0.0.1"
# How long HAProxy gets to accept connections on --port; it starts in milliseconds.
START_TIMEOUT_SECONDS = 10.0
POLL_SECONDS = 0.02


def parse_args():
    parser = argparse.ArgumentParser(description="HAProxy for wsarena, ending with the process that started it")
    parser.add_argument("--config", required=True, help="HAProxy configuration file")
    parser.add_argument("--port", type=int, required=True, help="the port the configuration binds on 127.0.0.1")
    parser.add_argument("--haproxy", default=shutil.which("haproxy") or "/usr/sbin/haproxy", help="the haproxy binary")
    parser.add_argument("--exit-with-stdin", action="store_true", help="stop HAProxy when stdin ends")
    args = parser.parse_args()
    if not 1 <= args.port <= 65535:
        parser.error("--port must be between 1 and 65535")
    return args


def version(binary):
    """HAProxy's version from `haproxy -v`: its first line is `HAProxy version 2.6.12-1 2023/...`."""
    try:
        first = subprocess.run([binary, "-v"], capture_output=True, text=True, timeout=10).stdout.split("\n")[0]
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    words = first.split()
    return words[2].split("-")[0] if len(words) > 2 else "unknown"


def accepts(port):
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


def main():
    args = parse_args()
    if not os.access(args.haproxy, os.X_OK):
        sys.exit("HAProxy is not installed: apt-get install haproxy")
    haproxy = subprocess.Popen([args.haproxy, "-db", "-f", args.config], stdin=subprocess.DEVNULL, stdout=sys.stderr)
    stopping = threading.Event()

    def stop(*_):
        stopping.set()
        if haproxy.poll() is None:
            haproxy.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while not accepts(args.port):
        if haproxy.poll() is not None:
            sys.exit(f"HAProxy exited with status {haproxy.returncode} before listening on {HOST}:{args.port}")
        if time.monotonic() > deadline or stopping.is_set():
            stop()
            haproxy.wait()
            sys.exit(f"HAProxy did not listen on {HOST}:{args.port} within {START_TIMEOUT_SECONDS:.0f} s")
        time.sleep(POLL_SECONDS)

    print(
        f"wsarena-peer listening port={args.port} pid={haproxy.pid} library=haproxy/{version(args.haproxy)} tls=false",
        flush=True,
    )
    if args.exit_with_stdin:

        def read_until_end():
            try:
                while sys.stdin.buffer.read(4096):
                    pass
            except OSError:
                pass  # a broken pipe is an end too
            stop()

        threading.Thread(target=read_until_end, name="stdin-watch", daemon=True).start()
    status = haproxy.wait()
    sys.exit(0 if stopping.is_set() else status)


if __name__ == "__main__":
    main()
