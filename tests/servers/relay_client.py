#!/usr/bin/python3
"""The client side of the relay tests, on python3-websockets (not Qt's).

Prints one JSON object per line:
  {"open": true, "subprotocol": P}     the handshake succeeded (P: the one the server chose, or null)
  {"status": 401, "body": "..."}        the handshake was refused with this HTTP status
  {"error": "..."}                      the connection could not be made
  {"recv": "text"} / {"recv_hex": "..."} a message
  {"closed": 1011, "reason": "..."}     the connection closed (code and reason the client saw)
  {"both": N, "bad": I}                 --both N: N messages "s0".. read in order (bad: first index out of order, -1)
  {"clients": N, "ok": K}               --clients N: K of N parallel clients got their echo back

Usage: relay_client.py URL [--send TEXT]... [--send-hex HEX]... [--expect N] [--close CODE REASON] [--abort]
       [--wait-close] [--both N] [--clients N] [--idle SECONDS] [--subprotocol P]...
Sends the --send messages in order, reads until N messages came (--expect), then closes with
CODE REASON (default 1000), or drops the TCP connection (--abort), or waits for the server to close.
"""
import argparse
import asyncio
import json
import sys

import websockets


def say(obj):
    print(json.dumps(obj), flush=True)


async def run_both(ws, n):
    async def sender():
        for i in range(n):
            await ws.send("c%d" % i)
    task = asyncio.create_task(sender())
    bad = -1
    for i in range(n):
        message = await ws.recv()
        if message != "s%d" % i and bad < 0:
            bad = i
    await task
    say({"both": n, "bad": bad})
    say({"recv": await ws.recv()})  # the server's verdict on what it received


async def one_client(url, i):
    try:
        async with websockets.connect(url, open_timeout=20) as ws:
            await ws.send("m%d" % i)
            return await asyncio.wait_for(ws.recv(), 30) == "m%d" % i
    except Exception:
        return False


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("url")
    p.add_argument("--send", action="append", default=[])
    p.add_argument("--send-hex", action="append", default=[])
    p.add_argument("--expect", type=int, default=0)
    p.add_argument("--close", nargs=2)
    p.add_argument("--abort", action="store_true")
    p.add_argument("--wait-close", action="store_true")
    p.add_argument("--both", type=int, default=0)
    p.add_argument("--clients", type=int, default=0)
    p.add_argument("--idle", type=float, default=0)
    p.add_argument("--subprotocol", action="append", default=None)
    a = p.parse_args()

    if a.clients:
        results = await asyncio.gather(*(one_client(a.url, i) for i in range(a.clients)))
        say({"clients": a.clients, "ok": sum(1 for r in results if r)})
        return

    try:
        ws = await websockets.connect(a.url, open_timeout=20, subprotocols=a.subprotocol)
    except websockets.exceptions.InvalidStatusCode as e:
        body = getattr(e, "body", b"") or b""
        say({"status": e.status_code})
        return
    except Exception as e:  # refused, reset, not HTTP
        say({"error": type(e).__name__ + ": " + str(e)})
        return
    say({"open": True, "subprotocol": ws.subprotocol})
    try:
        if a.both:
            await run_both(ws, a.both)
        for text in a.send:
            await ws.send(text)
        for data in a.send_hex:
            await ws.send(bytes.fromhex(data))
        for _ in range(a.expect):
            message = await ws.recv()
            say({"recv": message} if isinstance(message, str) else {"recv_hex": message.hex()})
        if a.idle:
            await asyncio.sleep(a.idle)
        if a.abort:
            ws.transport.abort()
            return
        if a.wait_close:
            async for message in ws:
                say({"recv": message} if isinstance(message, str) else {"recv_hex": message.hex()})
        elif a.close:
            await ws.close(int(a.close[0]), a.close[1])
        else:
            await ws.close()
    except websockets.exceptions.ConnectionClosed:
        pass
    await ws.wait_closed()
    say({"closed": ws.close_code, "reason": ws.close_reason})


asyncio.run(main())
