#!/usr/bin/env node
// The socket.io article's server, on npm socket.io 4, for the inspector's tests.
// On connect it emits "news" {hello: "world"}; it logs every "anotherNews" it
// receives to stdout as one JSON line, and answers "echo" with "echo" (same
// arguments). Prints its port on the first line of stdout.
// Options: --port N (0: a free one), --ping-interval MS, --ping-timeout MS.
'use strict';
const http = require('http');
const { Server } = require('socket.io');

function option(name, fallback) {
    const at = process.argv.indexOf(name);
    return at > 0 && at + 1 < process.argv.length ? Number(process.argv[at + 1]) : fallback;
}

const httpServer = http.createServer();
const io = new Server(httpServer, {
    pingInterval: option('--ping-interval', 25000),
    pingTimeout: option('--ping-timeout', 20000),
});

function onConnection(socket) {
    socket.emit('news', { hello: 'world' });
    socket.on('anotherNews', (...args) => {
        process.stdout.write(JSON.stringify({ event: 'anotherNews', nsp: socket.nsp.name, args }) + '\n');
    });
    socket.on('echo', (...args) => socket.emit('echo', ...args));
}
io.on('connection', onConnection);
io.of('/chat').on('connection', onConnection);

httpServer.listen(option('--port', 0), '127.0.0.1', () => {
    process.stdout.write(httpServer.address().port + '\n');
});
process.on('SIGTERM', () => process.exit(0));
