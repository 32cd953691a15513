# The smallest complete Tornado echo server, as Tornado's documentation writes one.
import asyncio
import sys

import tornado.web
import tornado.websocket


class EchoHandler(tornado.websocket.WebSocketHandler):
    def on_message(self, message):
        self.write_message(message)


async def main():
    app = tornado.web.Application([(r"/echo", EchoHandler)])
    app.listen(int(sys.argv[1]) if len(sys.argv) > 1 else 8888, address="127.0.0.1")
    await asyncio.Event().wait()


asyncio.run(main())
