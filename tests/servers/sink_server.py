#!/usr/bin/python3
"""A WebSocket server (python3-websockets) that swallows what it is sent and says what came.

For the command-line tests: prints its port first, then, when a connection ends, one JSON line
  {"path": ..., "count": N, "text": T, "binary": B, "sha256": HEX, "first": HEX, "last": HEX,
   "close_code": C, "close_reason": R}
where sha256 runs over every message in order as (8-byte big-endian length, bytes), text as UTF-8,
and first/last are the hex of the first and last message's first 64 bytes.
Paths: /sink (answer nothing), /echo (answer each message with itself).
"""
import argparse
import asyncio
import hashlib
import json
import sys

import websockets


async def handler(ws):
    digest = hashlib.sha256()
    count = text = binary = 0
    first = last = b""
    try:
        async for message in ws:
            data = message.encode() if isinstance(message, str) else message
            if isinstance(message, str):
                text += 1
            else:
                binary += 1
            digest.update(len(data).to_bytes(8, "big"))
            digest.update(data)
            if count == 0:
                first = data[:64]
            last = data[:64]
            count += 1
            if ws.path.startswith("/echo"):
                await ws.send(message)
    except websockets.exceptions.ConnectionClosed:
        pass
    print(json.dumps({"path": ws.path, "count": count, "text": text, "binary": binary,
                      "sha256": digest.hexdigest(), "first": first.hex(), "last": last.hex(),
                      "close_code": ws.close_code, "close_reason": ws.close_reason}), flush=True)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    async with websockets.serve(handler, "127.0.0.1", args.port, ping_interval=None, max_size=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Future()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
