#!/usr/bin/python3
"""A Tornado WebSocket server, as a wsarena peer.

Serves two paths on 127.0.0.1:
  /echo       every text or binary message is sent back unchanged to its sender;
  /broadcast  every message is sent to every open /broadcast connection, the sender included.

Tornado runs on asyncio: one event loop in one thread accepts, reads, handles and writes
(wsarena's EVENT_LOOP model). Once listening it prints one line for whoever started it:

  wsarena-peer listening port=43123 pid=1234 library=tornado/6.2 tls=false

and serves until SIGTERM or SIGINT, then closes its connections (1001) and exits with status 0.

  /usr/bin/python3 src/peers/tornado_server.py --port 0
"""

import argparse
import asyncio
import os
import signal
import ssl
import sys
import threading

try:
    import tornado
    import tornado.httpserver
    import tornado.netutil
    import tornado.web
    import tornado.websocket
except ImportError:
    sys.exit("Tornado is not installed: apt-get install python3-tornado")

HOST = "127.0.0.1"
# The listen backlog the Java engines have (Netty 1024, Undertow 1000); the libraries default to
# 50 (Twisted) and 128 (Tornado), which a storm of connections overflows into SYN retransmits.
BACKLOG = 1024
# The subprotocols this server speaks (--subprotocols), in its order of preference; none by default.
SUBPROTOCOLS = []
# wsarena's feature probe echoes up to 16 MiB; Tornado's default limit is 10 MiB. Tornado also
# applies the limit to the compressed frame, which deflate makes a little larger than the message
# when the data does not compress (random payloads): hence the extra MiB.
MAX_MESSAGE_BYTES = 17 * 1024 * 1024
# How long open connections get to finish their close handshake on shutdown.
SHUTDOWN_GRACE_SECONDS = 1.0


class PeerSocket(tornado.websocket.WebSocketHandler):
    """What both paths share: Nagle off, compression when offered, a registry of open sockets."""

    open_sockets = set()

    def open(self):
        # Without this, small echoes wait ~40 ms for Nagle's algorithm and delayed ACKs.
        self.set_nodelay(True)
        PeerSocket.open_sockets.add(self)

    def on_close(self):
        PeerSocket.open_sockets.discard(self)

    def get_compression_options(self):
        # An empty dict accepts permessage-deflate with Tornado's defaults when the client offers
        # it; a client that does not offer it gets plain frames.
        return {}

    def select_subprotocol(self, subprotocols):
        # The first subprotocol the client offers that this server was told to speak
        # (--subprotocols); None answers without one, which is what a server that speaks none does.
        for offered in subprotocols:
            if offered in SUBPROTOCOLS:
                return offered
        return None

    def check_origin(self, origin):
        # Load generators and probes send any Origin (or none); this server only listens on loopback.
        return True


class EchoSocket(PeerSocket):
    def on_message(self, message):
        # Tornado passes text as str and binary as bytes; reply with the same kind.
        self.write_message(message, binary=isinstance(message, bytes))


class BroadcastSocket(PeerSocket):
    subscribers = set()

    def open(self):
        super().open()
        BroadcastSocket.subscribers.add(self)

    def on_close(self):
        BroadcastSocket.subscribers.discard(self)
        super().on_close()

    def on_message(self, message):
        binary = isinstance(message, bytes)
        for subscriber in list(BroadcastSocket.subscribers):
            try:
                subscriber.write_message(message, binary=binary)
            except tornado.websocket.WebSocketClosedError:
                # Closed between its close frame and on_close: nobody to deliver to.
                BroadcastSocket.subscribers.discard(subscriber)


def parse_args():
    parser = argparse.ArgumentParser(description="Tornado echo and broadcast WebSocket server for wsarena")
    parser.add_argument("--port", type=int, required=True, help="TCP port on 127.0.0.1; 0 picks a free one")
    parser.add_argument(
        "--max-message-bytes",
        type=int,
        default=MAX_MESSAGE_BYTES,
        help=f"largest message accepted; a larger one closes the connection with 1009 (default {MAX_MESSAGE_BYTES})",
    )
    parser.add_argument(
        "--subprotocols",
        default="",
        help="comma-separated subprotocols this server speaks; it picks the first the client offers (default: none)",
    )
    parser.add_argument("--tls-cert", help="PEM certificate: serve wss:// instead of ws://")
    parser.add_argument("--tls-key", help="PEM private key of --tls-cert")
    parser.add_argument(
        "--reuse-port",
        action="store_true",
        help="bind with SO_REUSEPORT, so several instances share --port and the kernel spreads connections",
    )
    parser.add_argument(
        "--exit-with-stdin",
        action="store_true",
        help="stop when stdin ends: whoever started this server holds the other end, so it dies with them",
    )
    args = parser.parse_args()
    if not 0 <= args.port <= 65535:
        parser.error("--port must be between 0 and 65535")
    if args.max_message_bytes < 1:
        parser.error("--max-message-bytes must be at least 1")
    if bool(args.tls_cert) != bool(args.tls_key):
        parser.error("--tls-cert and --tls-key go together")
    return args


def tls_context(args):
    if not args.tls_cert:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(args.tls_cert, args.tls_key)
    except (OSError, ssl.SSLError) as e:
        sys.exit(f"cannot load the TLS certificate {args.tls_cert} and key {args.tls_key}: {e}")
    return context


def watch_stdin(stop):
    """Calls stop once stdin ends. The process that started this server holds the pipe's other end;
    when it ends, however it ends (kill -9 included), the kernel closes that end and this server
    stops instead of listening on, orphaned."""

    def read_until_end():
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except OSError:
            pass  # a broken pipe is an end too
        stop()

    threading.Thread(target=read_until_end, name="stdin-watch", daemon=True).start()


async def serve(args):
    app = tornado.web.Application(
        [(r"/echo", EchoSocket), (r"/broadcast", BroadcastSocket)],
        websocket_max_message_size=args.max_message_bytes,
    )
    try:
        sockets = tornado.netutil.bind_sockets(args.port, address=HOST, backlog=BACKLOG, reuse_port=args.reuse_port)
    except OSError as e:
        sys.exit(f"cannot listen on {HOST}:{args.port}: {e.strerror}")
    server = tornado.httpserver.HTTPServer(app, ssl_options=tls_context(args))
    server.add_sockets(sockets)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    if args.exit_with_stdin:
        watch_stdin(lambda: loop.call_soon_threadsafe(stop.set))

    port = sockets[0].getsockname()[1]
    print(
        f"wsarena-peer listening port={port} pid={os.getpid()} "
        f"library=tornado/{tornado.version} tls={'true' if args.tls_cert else 'false'}",
        flush=True,
    )
    await stop.wait()

    server.stop()
    for socket in list(PeerSocket.open_sockets):
        socket.close(1001, "server shutting down")
    deadline = loop.time() + SHUTDOWN_GRACE_SECONDS
    while PeerSocket.open_sockets and loop.time() < deadline:
        await asyncio.sleep(0.02)
    await server.close_all_connections()


def main():
    args = parse_args()
    SUBPROTOCOLS.extend(name.strip() for name in args.subprotocols.split(",") if name.strip())
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()
