#!/usr/bin/python3
"""The tornado article's server (python3-tornado from Debian), for the inspector's tests.

/chat is a tornado.websocket.WebSocketHandler: every message is answered with
"You said: " + message (--prefix changes it, e.g. the article's "接收到客户端的消息："); a message
"broadcast:TEXT" sends TEXT to every open connection instead. Prints its port on the first line
of stdout. --port N.
"""
import argparse
import asyncio
import sys

import tornado.web
import tornado.websocket


PREFIX = "You said: "


class ChatHandler(tornado.websocket.WebSocketHandler):
    clients = set()

    def check_origin(self, origin):
        return True

    def open(self):
        ChatHandler.clients.add(self)

    def on_close(self):
        ChatHandler.clients.discard(self)

    def on_message(self, message):
        if isinstance(message, str) and message.startswith("broadcast:"):
            for client in list(ChatHandler.clients):
                client.write_message(message[len("broadcast:"):])
        else:
            self.write_message(PREFIX + message if isinstance(message, str) else message,
                               binary=not isinstance(message, str))


async def main():
    global PREFIX
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--prefix", default=PREFIX)
    args = parser.parse_args()
    PREFIX = args.prefix
    app = tornado.web.Application([(r"/chat", ChatHandler)])
    sockets = tornado.netutil.bind_sockets(args.port, "127.0.0.1")
    server = tornado.httpserver.HTTPServer(app)
    server.add_sockets(sockets)
    print(sockets[0].getsockname()[1], flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    import tornado.httpserver
    import tornado.netutil
    asyncio.run(main())
