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
import os
import socket
import struct
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rawws import accept_key, drain, frame, listen, read_request, switching_protocols  # noqa: E402


def handle(conn):
    request = read_request(conn)
    if request is None:
        return
    route, key, params = request
    if route == "/no-handshake":
        time.sleep(30)
        return
    accept = accept_key(b"not the key" if route == "/bad-accept" else key)
    conn.sendall(switching_protocols(accept))
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
    drain(conn, 10)


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
    listener = listen()
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(0)
