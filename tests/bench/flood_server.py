#!/usr/bin/python3
"""Flood source for the ingest benchmarks: not Qt, and faster than the clients it feeds.

Accepts one WebSocket client at a time on 127.0.0.1, answers the handshake by hand,
then writes pre-built unmasked frames with sendall() in large blocks and closes with
1000. Prints its port on the first line. The request path says what to send:
  /text?n=N&size=S     N text messages of S bytes
  /binary?n=N&size=S   N binary messages of S bytes
"""
import base64
import hashlib
import socket
import sys

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def frame_header(opcode, length):
    if length < 126:
        return bytes([0x80 | opcode, length])
    if length < 65536:
        return bytes([0x80 | opcode, 126]) + length.to_bytes(2, "big")
    return bytes([0x80 | opcode, 127]) + length.to_bytes(8, "big")


def serve(conn):
    request = b""
    while b"\r\n\r\n" not in request:
        chunk = conn.recv(4096)
        if not chunk:
            return
        request += chunk
    lines = request.split(b"\r\n")
    path = lines[0].split(b" ")[1].decode()
    key = b""
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"sec-websocket-key":
            key = value.strip()
    accept = base64.b64encode(hashlib.sha1(key + GUID).digest())
    conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")
    route, _, query = path.partition("?")
    params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
    count, size = int(params.get("n", "1000")), int(params.get("size", "100"))
    opcode = 2 if route == "/binary" else 1
    frame = frame_header(opcode, size) + (b"m" * size)
    # One pre-built block of identical frames, written again and again: the sender costs
    # nothing next to the client's work.
    per_block = max(1, (4 << 20) // len(frame))
    block = frame * per_block
    sent = 0
    while sent < count:
        n = min(per_block, count - sent)
        conn.sendall(block if n == per_block else frame * n)
        sent += n
    conn.sendall(bytes([0x88, 2]) + (1000).to_bytes(2, "big"))
    try:
        conn.settimeout(5)
        while conn.recv(65536):
            pass
    except OSError:
        pass


def main():
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    print(listener.getsockname()[1], flush=True)
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
