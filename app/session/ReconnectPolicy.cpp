#include "ReconnectPolicy.h"

#include <cmath>

namespace wsi {

int ReconnectPolicy::delayForAttempt(int attempt, double random01) const
{
    const double base = double(initialDelayMs) * std::pow(growthFactor, double(qMax(0, attempt - 1)));
    const double capped = qMin(base, double(maxDelayMs));
    const double scale = 1.0 + jitter * (2.0 * qBound(0.0, random01, 1.0) - 1.0);
    return int(qBound(0.0, capped * scale, double(maxDelayMs)));
}

bool ReconnectPolicy::shouldReconnectAfterClose(int closeCode) const
{
    if (!enabled)
        return false;
    if (closeCode == 1000)
        return onNormalClose;
    // 1002/1003/1007/1008/1009/1010 say the peer will refuse the same thing again,
    // and 4xxx are the application's own word; the rest are transient.
    switch (closeCode) {
    case 1001: case 1005: case 1006: case 1011: case 1012: case 1013: case 1014: case 1015:
        return true;
    default:
        return false;
    }
}

bool ReconnectPolicy::shouldReconnectAfterFailure(int httpStatus) const
{
    if (!enabled)
        return false;
    if (httpStatus >= 400 && httpStatus < 500)
        return onHandshakeRejected;
    return true; // refused, unreachable, timed out, 5xx: worth another try
}

} // namespace wsi
