#!/usr/bin/python3
"""Flood source for the ingest benchmarks: not Qt, and faster than the clients it feeds.

Accepts one WebSocket client at a time on 127.0.0.1, answers the handshake by hand,
then writes pre-built unmasked frames with sendall() in large blocks and closes with
1000. Prints its port on the first line. The request path says what to send:
  /text?n=N&size=S     N text messages of S bytes
  /binary?n=N&size=S   N binary messages of S bytes
  /numbered?n=N&size=S N text messages of S bytes (S >= 12), each starting with its number
                       (12 digits, from 0); n=0 sends without end, until the client goes away
"""
import os
import socket
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "servers"))
from rawws import accept_key, drain, frame, listen, read_request, switching_protocols  # noqa: E402


def serve(conn):
    request = read_request(conn)
    if request is None:
        return
    route, key, params = request
    conn.sendall(switching_protocols(accept_key(key)))
    count, size = int(params.get("n", "1000")), int(params.get("size", "100"))
    if route == "/numbered":
        send_numbered(conn, count, size)
        return
    opcode = 2 if route == "/binary" else 1
    one = frame(opcode, b"m" * size)
    # One pre-built block of identical frames, written again and again: the sender costs
    # nothing next to the client's work.
    per_block = max(1, (4 << 20) // len(one))
    block = one * per_block
    sent = 0
    while sent < count:
        n = min(per_block, count - sent)
        conn.sendall(block if n == per_block else one * n)
        sent += n
    conn.sendall(frame(8, (1000).to_bytes(2, "big")))
    drain(conn, 5)


def send_numbered(conn, count, size):
    """Numbered messages, built a block at a time: the block's number and each message's
    place in it make the message's number, so a block costs one join (millions a second)."""
    per_block = 10000
    head = frame(1, b"x" * size)[:-size]
    tails = [b"%04d" % i + b"m" * (size - 12) for i in range(per_block)]
    parts = [head, b"", b""] * per_block
    parts[2::3] = tails
    block_number = 0
    while count == 0 or block_number * per_block < count:
        parts[1::3] = [b"%08d" % block_number] * per_block
        block = b"".join(parts)
        if count and (block_number + 1) * per_block > count:
            block = block[:(count - block_number * per_block) * len(frame(1, b"x" * size))]
        conn.sendall(block)
        block_number += 1
    conn.sendall(frame(8, (1000).to_bytes(2, "big")))
    drain(conn, 5)


def main():
    listener = listen()
    while True:
        conn, _ = listener.accept()
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4 << 20)
        try:
            serve(conn)
        except OSError:
            pass
        finally:
            conn.close()


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(0)
