# The smallest complete Autobahn|Twisted echo server, as Autobahn's documentation writes one.
import sys

from autobahn.twisted.websocket import WebSocketServerFactory, WebSocketServerProtocol
from twisted.internet import reactor


class EchoProtocol(WebSocketServerProtocol):
    def onMessage(self, payload, isBinary):
        self.sendMessage(payload, isBinary)


factory = WebSocketServerFactory()
factory.protocol = EchoProtocol
reactor.listenTCP(int(sys.argv[1]) if len(sys.argv) > 1 else 9000, factory, interface="127.0.0.1")
reactor.run()
