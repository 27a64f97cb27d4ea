#!/usr/bin/env node
// The node article's server on npm "websocket": it accepts only the subprotocol
// "echo-protocol" (anything else is rejected during the handshake) and echoes
// every message. Prints its port on the first line of stdout. Options: --port N.
'use strict';
const http = require('http');
const WebSocketServer = require('websocket').server;

const at = process.argv.indexOf('--port');
const port = at > 0 ? Number(process.argv[at + 1]) : 0;

const server = http.createServer((request, response) => {
    response.writeHead(404);
    response.end();
});
const wsServer = new WebSocketServer({ httpServer: server, autoAcceptConnections: false });

wsServer.on('request', (request) => {
    if (request.requestedProtocols.indexOf('echo-protocol') === -1) {
        request.reject(403, 'Only the echo-protocol subprotocol is served here');
        return;
    }
    const connection = request.accept('echo-protocol', request.origin);
    connection.on('message', (message) => {
        if (message.type === 'utf8')
            connection.sendUTF(message.utf8Data);
        else
            connection.sendBytes(message.binaryData);
    });
});

server.listen(port, '127.0.0.1', () => process.stdout.write(server.address().port + '\n'));
process.on('SIGTERM', () => process.exit(0));
