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
Answers that are not a WebSocket (no messages):
  /refuse-400        400 with X-WebSocket-Reject-Reason and a body "no token"
  /redirect          302 to ws://127.0.0.1:9/elsewhere
  /ok-200            200 OK with an HTML body
  /no-upgrade        101 without Upgrade/Connection headers
  /not-http          bytes that are not HTTP
  /huge-head         a response head that goes on past 64 KiB
  /slow-101          a good 101 sent one byte every 200 ms
  /deflate-unasked   101 with Sec-WebSocket-Extensions: permessage-deflate, then an RSV1 frame
After the three good messages:
  /close-empty       a close frame without a payload
  /close-1byte       a close frame with a 1-byte payload
  /close?code=N      a close frame with code N and the reason "bye N"
  /server-pings      pings with 0 and 125 bytes, an unsolicited pong, then "after"
  /fragments?n=N&size=S  one text message of S bytes in N fragments, then "after"
  /split-utf8        "café" and "😀" each split inside the character across fragments
  /masked            a masked text frame (servers must not mask)
  /big-control       a ping frame claiming 2^40 bytes (control frames carry at most 125)
  /reset-mid-frame   a frame promising 1000 bytes, 10 of them, then a TCP reset
  /deaf              completes the handshake, then neither reads nor writes (small receive buffer)
  /flood-endless     100-byte texts "n 00000001 …" numbered from 1 as fast as the socket takes them,
                     printing "sent N" to stdout every 0.25 s; never reads
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
    refusals = {
        "/refuse-400": b"HTTP/1.1 400 Bad Request\r\nX-WebSocket-Reject-Reason: echo-protocol required\r\n"
                       b"Content-Length: 8\r\n\r\nno token",
        "/redirect": b"HTTP/1.1 302 Found\r\nLocation: ws://127.0.0.1:9/elsewhere\r\nContent-Length: 0\r\n\r\n",
        "/ok-200": b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>a web page</html>",
        "/no-upgrade": b"HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: " + accept_key(key) + b"\r\n\r\n",
        "/not-http": b"SSH-2.0-OpenSSH_9.2\r\n",
        "/huge-head": b"HTTP/1.1 101 Switching Protocols\r\n" + b"X-Padding: " + b"p" * 70000 + b"\r\n",
    }
    if route in refusals:
        conn.sendall(refusals[route])
        if route in ("/ok-200",):
            conn.shutdown(socket.SHUT_WR)
        drain(conn, 5)
        return
    if route == "/deaf":
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        conn.sendall(switching_protocols(accept_key(key)))
        time.sleep(30)
        return
    if route == "/slow-101":
        for byte in switching_protocols(accept_key(key)):
            conn.sendall(bytes([byte]))
            time.sleep(0.2)
        drain(conn, 5)
        return
    if route == "/deflate-unasked":
        head = switching_protocols(accept_key(key))
        conn.sendall(head[:-2] + b"Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n")
        conn.sendall(bytes([0xC1, 3]) + b"abc")
        drain(conn, 5)
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
    elif route == "/close-empty":
        conn.sendall(frame(8, b""))
    elif route == "/close-1byte":
        conn.sendall(frame(8, b"\x03"))
    elif route == "/close":
        code = int(params.get("code", "1000"))
        conn.sendall(frame(8, struct.pack("!H", code) + b"bye %d" % code))
    elif route == "/server-pings":
        conn.sendall(frame(9, b"") + frame(9, b"P" * 125) + frame(10, b"unasked"))
        conn.sendall(frame(1, b"after"))
    elif route == "/fragments":
        n = int(params.get("n", "10000"))
        size = int(params.get("size", str(10 * 1024 * 1024)))
        part = size // n
        chunks = [b"f" * part for _ in range(n - 1)]
        chunks.append(b"f" * (size - part * (n - 1)))
        conn.sendall(b"".join(frame(1 if i == 0 else 0, c, fin=(i == n - 1)) for i, c in enumerate(chunks)))
        conn.sendall(frame(1, b"after"))
    elif route == "/split-utf8":
        cafe = "café".encode()
        conn.sendall(frame(1, cafe[:4], fin=False) + frame(0, cafe[4:]))
        smile = "😀".encode()
        conn.sendall(frame(1, smile[:1], fin=False) + frame(0, smile[1:3], fin=False) + frame(0, smile[3:]))
    elif route == "/masked":
        mask = b"\x01\x02\x03\x04"
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(b"masked"))
        conn.sendall(bytes([0x81, 0x80 | 6]) + mask + payload)
    elif route == "/big-control":
        conn.sendall(bytes([0x89, 127]) + struct.pack("!Q", 1 << 40) + b"p" * 1000)
    elif route == "/reset-mid-frame":
        conn.sendall(bytes([0x81, 126]) + struct.pack("!H", 1000) + b"x" * 10)
        time.sleep(0.1)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()
        return
    elif route == "/flood-endless":
        # What the client sends piles up unread; a small receive buffer keeps the kernel from
        # taking tens of MiB of it (loopback autotunes up to tcp_rmem's maximum).
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        sent = 0
        last_report = time.monotonic()
        while True:
            batch = b"".join(frame(1, (b"n %08d " % (sent + i + 1)).ljust(100, b"x")) for i in range(1000))
            conn.sendall(batch)  # blocks while the client does not read: that is the point
            sent += 1000
            now = time.monotonic()
            if now - last_report >= 0.25:
                print("sent %d" % sent, flush=True)
                last_report = now
    elif route == "/huge":
        # One text frame of `size` bytes, sent a MiB at a time: a client that accepts it must
        # hold it whole before it is a message.
        size = int(params.get("size", str(1 << 30)))
        conn.sendall(bytes([0x81, 127]) + struct.pack("!Q", size))
        piece = b"h" * (1 << 20)
        while size > 0:
            conn.sendall(piece[:min(size, len(piece))])
            size -= len(piece)
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
