#pragma once

#include <QValueAxis>
#include <QtGlobal>

#include <cmath>

namespace wsi {

// A chart axis from 0 that a person reads at a glance: ticks on 1, 2 or 5 × 10^k, as many as
// the plot's height holds, and big values shown in thousands, so a narrow panel's labels
// ("200", not "200000" cut to "200…"; "0.05", not "0.0333333" cut to "0.0…") are never elided.
struct ChartScale
{
    double top = 1;  // the axis's end, in shown units: a whole number of steps
    double step = 1; // between two ticks, in shown units

    // The scale for values up to largest (in shown units), with at most maxTicks ticks (>= 2).
    static ChartScale fit(double largest, int maxTicks)
    {
        const int intervals = qMax(1, maxTicks - 1);
        const double wanted = qMax(largest, 1e-9) / intervals;
        double base = std::pow(10.0, std::floor(std::log10(wanted)));
        double step = base;
        for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
            step = base * factor;
            if (step >= wanted * (1 - 1e-9))
                break;
        }
        const double steps = std::ceil(largest / step * (1 - 1e-9));
        return {qMax(1.0, steps) * step, step};
    }

    // The axis set to this scale, never through a state of a tick per old step over the new
    // range: an axis makes a label item per tick at once (a range from 10 to 1,500 at the old
    // step of 5: 300 of them, a 200 ms stall of the window as a flood begins).
    void applyTo(QValueAxis *axis) const
    {
        if (step >= axis->tickInterval()) {
            axis->setTickInterval(step);
            axis->setRange(0, top);
        } else {
            axis->setRange(0, top);
            axis->setTickInterval(step);
        }
    }

    // What values are divided by to be shown: 1, or 1000 once the axis would reach 10,000
    // (five digits) with at most maxTicks ticks.
    static double divisorFor(double largest, int maxTicks) { return fit(largest, maxTicks).top >= 10000 ? 1000 : 1; }
};

} // namespace wsi
