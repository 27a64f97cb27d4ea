#!/usr/bin/python3
"""A server that wants a token from an earlier message, for the check tests (python3-websockets).

  -> {"op": "login", "user": U, "password": "opensesame"}
  <- {"type": "token", "token": "tok-<random hex>", "user": U}      (a wrong password: {"type": "error", ...})
  -> {"op": "subscribe", "topic": T, "token": <that token>}
  <- {"type": "subscribed", "topic": T}, then {"type": "tick", "topic": T, "n": 1} and n = 2
  A subscribe with any other token is closed with 1008 "invalid token".
  -> {"op": "bye"}  closes with 1000 "bye U".
Each connection gets its own token, so a check has to capture it. Prints its port first; --port N.
"""
import argparse
import asyncio
import json
import secrets
import sys

import websockets


async def handler(ws):
    token, user = None, None
    try:
        async for message in ws:
            try:
                request = json.loads(message)
            except ValueError:
                await ws.send(json.dumps({"type": "error", "reason": "not JSON"}))
                continue
            op = request.get("op")
            if op == "login":
                if request.get("password") != "opensesame":
                    await ws.send(json.dumps({"type": "error", "reason": "wrong password"}))
                    continue
                user = request.get("user", "")
                token = "tok-" + secrets.token_hex(8)
                await ws.send(json.dumps({"type": "token", "token": token, "user": user}))
            elif op == "subscribe":
                if token is None or request.get("token") != token:
                    await ws.close(1008, "invalid token")
                    return
                topic = request.get("topic")
                await ws.send(json.dumps({"type": "subscribed", "topic": topic}))
                for n in (1, 2):
                    await ws.send(json.dumps({"type": "tick", "topic": topic, "n": n}))
            elif op == "bye":
                await ws.close(1000, "bye " + (user or ""))
                return
            else:
                await ws.send(json.dumps({"type": "error", "reason": "unknown op"}))
    except websockets.exceptions.ConnectionClosed:
        pass


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    async with websockets.serve(handler, "127.0.0.1", args.port, ping_interval=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Future()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
