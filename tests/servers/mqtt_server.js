#!/usr/bin/env node
// An MQTT broker (npm aedes) over WebSocket (npm ws, subprotocol mqtt) on 127.0.0.1: every
// client's PUBLISH reaches the subscribers, and the broker prints "subscribed CLIENT TOPICS" and
// "published CLIENT TOPIC HEX". Prints its port on the first line of stdout. Options: --port N.
'use strict';
const { WebSocketServer, createWebSocketStream } = require('ws');

const at = process.argv.indexOf('--port');
const port = at > 0 ? Number(process.argv[at + 1]) : 0;

(async () => {
    const { Aedes } = await import('aedes');
    const broker = await Aedes.createBroker();
    const wss = new WebSocketServer({
        host: '127.0.0.1',
        port,
        handleProtocols: (protocols) => (protocols.has('mqtt') ? 'mqtt' : false),
    });
    wss.on('connection', (socket) => broker.handle(createWebSocketStream(socket)));
    broker.on('subscribe', (subscriptions, client) =>
        console.log(`subscribed ${client ? client.id : '?'} ${subscriptions.map((s) => s.topic).join(',')}`));
    broker.on('publish', (packet, client) => {
        if (client)
            console.log(`published ${client.id} ${packet.topic} ${packet.payload.toString('hex')}`);
    });
    wss.on('listening', () => console.log(wss.address().port));
})();
