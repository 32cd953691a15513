#!/usr/bin/python3
"""An Autobahn|Twisted WebSocket server, as a wsarena peer.

Serves two paths on 127.0.0.1:
  /echo       every text or binary message is sent back unchanged to its sender;
  /broadcast  every message is sent to every open /broadcast connection, the sender included.

Autobahn runs on Twisted's reactor (epoll on Linux): one thread accepts, reads, handles and writes.
Once listening it prints one line for whoever started it:

  wsarena-peer listening port=43123 pid=1234 library=autobahn/22.7.1 tls=false

and serves until SIGTERM or SIGINT, then closes its connections (1001) and exits with status 0.

  /usr/bin/python3 src/peers/autobahn_server.py --port 0
"""

import argparse
import os
import socket
import sys
import threading

try:
    import autobahn
    from autobahn.twisted.websocket import WebSocketServerFactory, WebSocketServerProtocol
    from autobahn.websocket.compress import PerMessageDeflateOffer, PerMessageDeflateOfferAccept
    from autobahn.websocket.types import ConnectionDeny
except ImportError:
    sys.exit("Autobahn is not installed: apt-get install python3-autobahn python3-twisted")
try:
    from twisted.internet import defer, error, reactor, task
except ImportError:
    sys.exit("Twisted is not installed: apt-get install python3-twisted")

HOST = "127.0.0.1"
# The listen backlog the Java engines have (Netty 1024, Undertow 1000); the libraries default to
# 50 (Twisted) and 128 (Tornado), which a storm of connections overflows into SYN retransmits.
BACKLOG = 1024
# The subprotocols this server speaks (--subprotocols), in its order of preference; none by default.
SUBPROTOCOLS = []
PATHS = ("/echo", "/broadcast")
# wsarena's feature probe echoes up to 16 MiB (Autobahn's default is no limit at all). The extra MiB
# matches the Tornado peer, which needs it because deflate enlarges incompressible data a little.
MAX_MESSAGE_BYTES = 17 * 1024 * 1024
# How long open connections get to finish their close handshake on shutdown.
SHUTDOWN_GRACE_SECONDS = 1.0
# Autobahn only lets applications send 1000 or 3000-4999; 1001 is the protocol's "going away".
CLOSE_GOING_AWAY = 1001


def accept_deflate(offers):
    """Accepts the client's first permessage-deflate offer, with its parameters; Autobahn refuses
    compression unless the server says otherwise."""
    for offer in offers:
        if isinstance(offer, PerMessageDeflateOffer):
            return PerMessageDeflateOfferAccept(offer)
    return None


class PeerProtocol(WebSocketServerProtocol):
    # Set when the server closes this connection because it is stopping.
    shutting_down = False

    def dropConnection(self, abort=False):
        # Autobahn's server resets the TCP connection (abort) as soon as the client answers its
        # close frame. The client may not have read that close frame yet, and a reset throws away
        # what it has not read: it then sees "connection reset" instead of 1001 (1 stop in 30-60
        # here). When stopping, close gracefully (FIN) so everything is delivered first; anywhere
        # else Autobahn behaves as it does out of the box.
        super().dropConnection(abort=abort and not self.shutting_down)

    def onConnect(self, request):
        if request.path not in PATHS:
            # The reason goes into the status line: keep it the standard one.
            raise ConnectionDeny(ConnectionDeny.NOT_FOUND, "Not Found")
        self.path = request.path
        # The first subprotocol the client offers that this server was told to speak
        # (--subprotocols); None answers without one.
        for offered in request.protocols:
            if offered in SUBPROTOCOLS:
                return offered
        return None

    def onOpen(self):
        self.factory.opened(self)

    def onMessage(self, payload, isBinary):
        if self.path == "/echo":
            self.sendMessage(payload, isBinary)
        else:
            self.factory.broadcast(payload, isBinary)

    def onClose(self, wasClean, code, reason):
        self.factory.closed(self)


class PeerFactory(WebSocketServerFactory):
    protocol = PeerProtocol

    def __init__(self, url, max_message_bytes):
        super().__init__(url)
        self.open_protocols = set()
        self.subscribers = set()
        self.setProtocolOptions(
            # Autobahn's default too, stated because small echoes wait ~40 ms on Nagle without it.
            tcpNoDelay=True,
            perMessageCompressionAccept=accept_deflate,
            maxMessagePayloadSize=max_message_bytes,
            maxFramePayloadSize=max_message_bytes,
            # Reply to a close with the client's own code, as most servers do (Autobahn's default
            # answers 1000 to every code).
            echoCloseCodeReason=True,
        )

    def opened(self, protocol):
        self.open_protocols.add(protocol)
        if protocol.path == "/broadcast":
            self.subscribers.add(protocol)

    def closed(self, protocol):
        self.open_protocols.discard(protocol)
        self.subscribers.discard(protocol)

    def broadcast(self, payload, isBinary):
        # Frames the message once for every subscriber that has not negotiated compression.
        message = self.prepareMessage(payload, isBinary)
        for subscriber in list(self.subscribers):
            subscriber.sendPreparedMessage(message)

    @defer.inlineCallbacks
    def close_all(self):
        for protocol in list(self.open_protocols):
            protocol.shutting_down = True
            protocol.sendCloseFrame(code=CLOSE_GOING_AWAY, reasonUtf8=b"server shutting down")
        waited = 0.0
        while self.open_protocols and waited < SHUTDOWN_GRACE_SECONDS:
            yield task.deferLater(reactor, 0.02, lambda: None)
            waited += 0.02


def parse_args():
    parser = argparse.ArgumentParser(description="Autobahn|Twisted echo and broadcast WebSocket server for wsarena")
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
    if args.reuse_port and args.tls_cert:
        parser.error("--reuse-port serves ws:// only")
    return args


def listen_shared(args, factory):
    """Twisted's listenTCP cannot set SO_REUSEPORT; it adopts a socket that has it instead."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((HOST, args.port))
        sock.listen(BACKLOG)
    except OSError as e:
        sys.exit(f"cannot listen on {HOST}:{args.port}: {e.strerror}")
    sock.setblocking(False)
    port = reactor.adoptStreamPort(sock.fileno(), socket.AF_INET, factory)
    sock.close()  # the reactor holds its own copy of the descriptor
    return port


def watch_stdin():
    """Stops the reactor once stdin ends. The process that started this server holds the pipe's
    other end; when it ends, however it ends (kill -9 included), the kernel closes that end and
    this server stops instead of listening on, orphaned."""

    def read_until_end():
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except OSError:
            pass  # a broken pipe is an end too
        reactor.callFromThread(stop_reactor)

    def stop_reactor():
        try:
            reactor.stop()
        except error.ReactorNotRunning:
            pass  # already stopping: a signal came first

    threading.Thread(target=read_until_end, name="stdin-watch", daemon=True).start()


def listen(args, factory):
    if args.reuse_port:
        return listen_shared(args, factory)
    if not args.tls_cert:
        return reactor.listenTCP(args.port, factory, backlog=BACKLOG, interface=HOST)
    try:
        from twisted.internet import ssl
    except ImportError:
        sys.exit("Twisted's TLS needs pyOpenSSL: apt-get install python3-openssl")
    try:
        with open(args.tls_cert, "rb") as cert, open(args.tls_key, "rb") as key:
            options = ssl.PrivateCertificate.loadPEM(cert.read() + key.read()).options()
    except Exception as e:  # OSError, or OpenSSL's errors for a malformed PEM
        sys.exit(f"cannot load the TLS certificate {args.tls_cert} and key {args.tls_key}: {e}")
    return reactor.listenSSL(args.port, factory, options, backlog=BACKLOG, interface=HOST)


def main():
    args = parse_args()
    SUBPROTOCOLS.extend(name.strip() for name in args.subprotocols.split(",") if name.strip())
    # No port in the URL: Autobahn then accepts any port in the Host header (port 0 becomes a
    # free port that is only known after listening).
    factory = PeerFactory(f"{'wss' if args.tls_cert else 'ws'}://{HOST}", args.max_message_bytes)
    try:
        port = listen(args, factory).getHost().port
    except error.CannotListenError as e:
        sys.exit(f"cannot listen on {HOST}:{args.port}: {getattr(e.socketError, 'strerror', e.socketError)}")
    # reactor.run() turns SIGTERM and SIGINT into reactor.stop(); connections close first.
    reactor.addSystemEventTrigger("before", "shutdown", factory.close_all)
    if args.exit_with_stdin:
        watch_stdin()
    print(
        f"wsarena-peer listening port={port} pid={os.getpid()} "
        f"library=autobahn/{autobahn.__version__} tls={'true' if args.tls_cert else 'false'}",
        flush=True,
    )
    reactor.run()


if __name__ == "__main__":
    main()
