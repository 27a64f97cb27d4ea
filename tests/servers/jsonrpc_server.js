#!/usr/bin/env node
// A JSON-RPC 2.0 server over WebSocket (npm rpc-websockets): getBalance(account) answers after
// 30 ms, transfer fails with -32602, "ticker" notifications can be subscribed to (rpc.on).
// Prints its port on the first line of stdout. Options: --port N.
'use strict';
const { Server, createError } = require('rpc-websockets');

const at = process.argv.indexOf('--port');
const port = at > 0 ? Number(process.argv[at + 1]) : 0;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const server = new Server({ host: '127.0.0.1', port });
server.register('getBalance', async ([account]) => {
    await sleep(30);
    return { account, balance: 42 };
});
server.register('transfer', () => {
    throw createError(-32602, { reason: 'no funds' });
});
server.on('listening', () => console.log(server.wss.address().port));
