#!/usr/bin/env node
// The upstream server of the relay tests, on npm "ws" (not Qt's). Prints its port on the first
// line of stdout, then one line per thing a test waits for. The request path picks a behaviour:
//   /echo            echo every message (text stays text, binary stays binary)
//   /greet?n=N       send "s0" ... "s<N-1>" at once, then echo
//   /both?n=N        send "s0" ... "s<N-1>" as fast as the socket takes them while reading the
//                    client's; once N messages came it prints "both <count> <first out-of-order index or -1>"
//                    and sends "got <count> <index>"
//   /flood?n=N&size=S  send N text messages of S bytes as fast as the socket takes them; prints
//                    "flood-stalled <bytes that left the server>" once its socket took nothing for 1 s,
//                    "flood-done" when all N were handed to the socket
//   /close1011       close at once with 1011 "upstream boom"
//   /ping            send a ping "hi", then the text "after-ping", then echo; prints "pong <payload>"
//   /reject401       refuse the handshake with HTTP 401 and a body
// Every message is printed as "received <text>" (binary: "received-binary <hex>") and every
// close as "closed <code> <reason>"; every handshake as "handshake <path> <headers as JSON>".
// Options: --port N.
'use strict';
const http = require('http');
const { WebSocketServer } = require('ws');

const at = process.argv.indexOf('--port');
const port = at > 0 ? Number(process.argv[at + 1]) : 0;
const say = (line) => process.stdout.write(line + '\n');

const server = http.createServer((request, response) => {
    response.writeHead(404);
    response.end();
});
const wss = new WebSocketServer({ noServer: true, perMessageDeflate: true });

server.on('upgrade', (request, socket, head) => {
    say('handshake ' + request.url + ' ' + JSON.stringify(request.headers));
    if (request.url.startsWith('/reject401')) {
        const body = 'no token, no entry\n';
        socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Type: text/plain\r\nContent-Length: ' + body.length + '\r\n\r\n' + body);
        return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => serve(ws, request));
});

function serve(ws, request) {
    const url = new URL(request.url, 'http://relay');
    const n = Number(url.searchParams.get('n') || '0');
    let received = 0;
    let firstBad = -1;
    ws.on('close', (code, reason) => say('closed ' + code + ' ' + reason.toString()));
    ws.on('pong', (data) => say('pong ' + data.toString()));
    ws.on('message', (data, isBinary) => {
        if (url.pathname === '/both') {
            if (data.toString() !== 'c' + received && firstBad < 0)
                firstBad = received;
            received += 1;
            if (received === n) {
                say('both ' + received + ' ' + firstBad);
                ws.send('got ' + received + ' ' + firstBad);
            }
            return;
        }
        say(isBinary ? 'received-binary ' + data.toString('hex') : 'received ' + data.toString());
        ws.send(data, { binary: isBinary });
    });
    if (url.pathname === '/close1011') {
        ws.close(1011, 'upstream boom');
        return;
    }
    if (url.pathname === '/ping') {
        ws.ping('hi');
        ws.send('after-ping');
    }
    if (url.pathname === '/greet') {
        for (let i = 0; i < n; ++i)
            ws.send('s' + i);
    }
    if (url.pathname === '/flood') {
        const size = Number(url.searchParams.get('size') || '1024');
        const payload = 'f'.repeat(size);
        let i = 0, last = -1, still = 0, stalled = false;
        const timer = setInterval(() => {
            while (i < n && ws.bufferedAmount < (256 << 10)) {
                ws.send(payload);
                i += 1;
            }
            if (i === n) {
                say('flood-done');
                clearInterval(timer);
                return;
            }
            still = ws.bufferedAmount === last ? still + 1 : 0;
            last = ws.bufferedAmount;
            if (still === 20 && !stalled) {
                stalled = true;
                say('flood-stalled ' + (i * size - ws.bufferedAmount));
            }
        }, 50);
        ws.on('close', () => clearInterval(timer));
    }
    if (url.pathname === '/both') {
        let i = 0;
        const pump = () => {
            while (i < n) {
                ws.send('s' + i);
                i += 1;
                if (ws.bufferedAmount > 1 << 20) {
                    setTimeout(pump, 1);
                    return;
                }
            }
        };
        pump();
    }
}

server.listen(port, '127.0.0.1', () => say(String(server.address().port)));
process.on('SIGTERM', () => process.exit(0));
