#!/usr/bin/python3
"""A WebSocket server that is not Qt's, for the inspector's integration tests.

Runs on python3-websockets (Debian 12: 10.4) on 127.0.0.1 with a free port and
prints the port on the first line of stdout. The request path picks a behaviour:
  /echo        echo every message back (text stays text, binary stays binary)
  /prefix      answer text with "echo: " + text (the tornado article's handler)
  /close1011   close at once with 1011 "boom"
  /drop        drop the TCP connection without a close frame after the first message
  /reject401   refuse the handshake with HTTP 401
  /reject404   refuse the handshake with HTTP 404
  /pong        answer the text "ping" with "pong" (the articles' heartCheck), ignore the rest
  /silent      read everything, answer nothing (protocol pings are still answered by the library)
  /flood?n=N&size=S  send N text messages of S bytes as fast as it can, then stay open
  /differ      answer {"n": <count>, "echo": <text>} so a replay against it mismatches
  /report      echo, and print "received <text>" for each message (the link tests read it)
  /tick?rate=R&seconds=S  send "0", "1", ... at R messages a second for S seconds, then close with 1000

Every handshake prints "handshake <n> <path> <headers as JSON>" (n counts from 1), so a test
sees who connected, in what order, and with which headers.

Options: --port N (default 0: a free one), --tls CERT KEY (serve wss://).
"""
import argparse
import json
import ssl
import asyncio
import http
import sys

import websockets


async def handler(ws):
    try:
        await serve_path(ws)
    except websockets.exceptions.ConnectionClosed:
        pass  # the inspector's tests close and drop connections on purpose


async def serve_path(ws):
    path, _, query = ws.path.partition("?")
    if path == "/tick":
        params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
        rate, seconds = float(params.get("rate", "100")), float(params.get("seconds", "60"))
        loop = asyncio.get_running_loop()
        start = loop.time()
        for i in range(int(rate * seconds)):
            delay = start + i / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            await ws.send(str(i))
        await ws.close(1000, "done")
        return
    if path == "/flood":
        params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
        count, size = int(params.get("n", "1000")), int(params.get("size", "100"))
        for i in range(count):
            body = str(i).rjust(10, "0")
            await ws.send(body + "x" * max(0, size - len(body)))
        await ws.wait_closed()
        return
    counter = 0
    if path == "/close1011":
        await ws.close(1011, "boom")
        return
    if path == "/drop":
        await ws.recv()
        ws.transport.abort()
        return
    async for message in ws:
        if path == "/report":
            print("received", message if isinstance(message, str) else message.hex(), flush=True)
        if path == "/silent":
            continue
        if path == "/pong":
            if message == "ping":
                await ws.send("pong")
            continue
        if path == "/differ":
            counter += 1
            await ws.send(json.dumps({"n": counter, "echo": message}))
            continue
        if path == "/prefix" and isinstance(message, str):
            await ws.send("echo: " + message)
        else:
            await ws.send(message)


handshakes = 0


def process_request(path, headers):
    global handshakes
    handshakes += 1
    print("handshake", handshakes, path, json.dumps(dict(headers.raw_items())), flush=True)
    path = path.split("?")[0]
    if path == "/reject401":
        return http.HTTPStatus.UNAUTHORIZED, [("WWW-Authenticate", "Bearer")], b"authentication required\n"
    if path == "/reject404":
        return http.HTTPStatus.NOT_FOUND, [], b"no such endpoint\n"
    return None


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    args = parser.parse_args()
    context = None
    if args.tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls[0], args.tls[1])
    async with websockets.serve(handler, "127.0.0.1", args.port, process_request=process_request,
                                ssl=context, ping_interval=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Future()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
