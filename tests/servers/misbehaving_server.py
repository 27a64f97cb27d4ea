#!/usr/bin/python3
"""A WebSocket server that misbehaves on purpose, one way per path, for the fault matrix.

Raw sockets, no library: it can send what a correct server never would. Prints its port
first. Every path that completes the handshake first sends three good text messages
("good 1".."good 3"), then the fault:
  /invalid-utf8      a text frame that is not UTF-8
  /oversized?size=N  one text message of N bytes
  /reserved-opcode   a frame with reserved opcode 0x3
  /bad-close-code    a close frame with code 999
  /close-then-reset  a close frame 1001 without a reason, then a TCP reset
  /burst?n=N         N messages at once, then silence (the connection stays open)
  /ping-flood?n=N    N ping frames, then the text "after pings"
  /bad-accept        (no messages) a 101 answer with a wrong Sec-WebSocket-Accept
  /no-handshake      (no messages) reads the request and never answers
"""
import base64
import hashlib
import socket
import struct
import sys
import threading
import time

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def frame(opcode, payload, fin=True):
    head = bytes([(0x80 if fin else 0) | opcode])
    n = len(payload)
    if n < 126:
        head += bytes([n])
    elif n < 65536:
        head += bytes([126]) + struct.pack("!H", n)
    else:
        head += bytes([127]) + struct.pack("!Q", n)
    return head + payload


def handle(conn):
    request = b""
    while b"\r\n\r\n" not in request:
        chunk = conn.recv(4096)
        if not chunk:
            return
        request += chunk
    lines = request.split(b"\r\n")
    path = lines[0].split(b" ")[1].decode()
    route, _, query = path.partition("?")
    params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
    key = b""
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"sec-websocket-key":
            key = value.strip()
    if route == "/no-handshake":
        time.sleep(30)
        return
    accept = base64.b64encode(hashlib.sha1(key + GUID).digest())
    if route == "/bad-accept":
        accept = base64.b64encode(hashlib.sha1(b"not the key" + GUID).digest())
    conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")
    if route == "/bad-accept":
        time.sleep(5)
        return
    conn.sendall(b"".join(frame(1, b"good %d" % i) for i in (1, 2, 3)))
    if route == "/invalid-utf8":
        conn.sendall(frame(1, b"bad \xff\xfe utf-8"))
    elif route == "/oversized":
        conn.sendall(frame(1, b"x" * int(params.get("size", "2048"))))
    elif route == "/reserved-opcode":
        conn.sendall(frame(3, b"what is this"))
    elif route == "/bad-close-code":
        conn.sendall(frame(8, struct.pack("!H", 999)))
    elif route == "/close-then-reset":
        conn.sendall(frame(8, struct.pack("!H", 1001)))
        time.sleep(0.05)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()
        return
    elif route == "/burst":
        n = int(params.get("n", "10000"))
        conn.sendall(b"".join(frame(1, b"burst %06d" % i) for i in range(n)))
        time.sleep(30)
        return
    elif route == "/ping-flood":
        n = int(params.get("n", "5000"))
        conn.sendall(b"".join(frame(9, b"p%d" % i) for i in range(n)))
        conn.sendall(frame(1, b"after pings"))
        time.sleep(30)
        return
    # Keep the socket until the client goes; read (and ignore) what it sends.
    conn.settimeout(10)
    try:
        while conn.recv(65536):
            pass
    except OSError:
        pass


def serve(conn):
    try:
        handle(conn)
    except OSError:
        pass
    finally:
        try:
            conn.close()
        except OSError:
            pass


def main():
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    print(listener.getsockname()[1], flush=True)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(0)
