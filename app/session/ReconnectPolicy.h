#pragma once

#include <QtGlobal>

namespace wsi {

// When to come back after a drop, and how long to wait. Defaults follow
// socket.io-client (1 s doubling, ±50 % jitter) with reconnecting-websocket's
// idea of resetting the delay after a connection that stayed up.
struct ReconnectPolicy
{
    bool enabled = false;
    int initialDelayMs = 1000;
    double growthFactor = 2.0;
    int maxDelayMs = 30000;
    double jitter = 0.5;          // the delay is scaled by a random factor in [1 - jitter, 1 + jitter]
    int maxAttempts = 0;          // 0 = unlimited
    int resetAfterUptimeMs = 5000; // a connection up this long starts the schedule again
    bool onNormalClose = false;   // a 1000 from the server also reconnects
    bool onHandshakeRejected = false; // an HTTP 4xx answer to the handshake also reconnects

    // attempt counts from 1. random01 in [0, 1) picks the jitter; 0.5 means none.
    int delayForAttempt(int attempt, double random01) const;
    bool allowsAttempt(int attempt) const { return maxAttempts == 0 || attempt <= maxAttempts; }
    // Whether a connection that ended this way should be retried at all.
    bool shouldReconnectAfterClose(int closeCode) const;
    bool shouldReconnectAfterFailure(int httpStatus) const;
};

} // namespace wsi
