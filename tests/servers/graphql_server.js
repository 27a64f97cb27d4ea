#!/usr/bin/env node
// A GraphQL over WebSocket server on npm graphql-ws (subprotocol graphql-transport-ws) and
// graphql: the subscription tick(count) yields 1..count every 20 ms, then completes; the
// query hello answers "world". Prints its port on the first line of stdout. Options: --port N.
'use strict';
const { WebSocketServer } = require('ws');
const { useServer } = require('graphql-ws/use/ws');
const { GraphQLSchema, GraphQLObjectType, GraphQLInt, GraphQLString, GraphQLNonNull } = require('graphql');

const at = process.argv.indexOf('--port');
const port = at > 0 ? Number(process.argv[at + 1]) : 0;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
        name: 'Query',
        fields: { hello: { type: GraphQLString, resolve: () => 'world' } },
    }),
    subscription: new GraphQLObjectType({
        name: 'Subscription',
        fields: {
            tick: {
                type: GraphQLInt,
                args: { count: { type: new GraphQLNonNull(GraphQLInt) } },
                subscribe: async function* (_, { count }) {
                    for (let i = 1; i <= count; i++) {
                        await sleep(20);
                        yield { tick: i };
                    }
                },
            },
        },
    }),
});

const wss = new WebSocketServer({ host: '127.0.0.1', port });
wss.on('listening', () => console.log(wss.address().port));
useServer({ schema }, wss);
