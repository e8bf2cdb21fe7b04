#pragma once

#include "core/analytics/clv/BgNbdModel.h"
#include "core/analytics/clv/GammaGammaModel.h"

#include <QString>

#include <random>
#include <vector>

// Customers drawn from the BG/NBD and Gamma-Gamma models themselves, with a fixed seed, so a fit on them must
// recover the parameters that generated them. With bg.a = 0 nobody ever drops out: each customer buys at
// their rate for as long as the history runs (bg.b is then not used).
namespace synthetic {

inline std::vector<storelens::core::analytics::clv::RfmSummaryRow>
customers(int count, const storelens::core::analytics::clv::BgNbdParameters &bg,
          const storelens::core::analytics::clv::GammaGammaParameters &gg, double maxAgeWeeks, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::gamma_distribution<double> rate(bg.r, 1.0 / bg.alpha);
    const bool dropouts = bg.a > 0;
    std::gamma_distribution<double> betaA(dropouts ? bg.a : 1.0, 1.0);
    std::gamma_distribution<double> betaB(dropouts ? bg.b : 1.0, 1.0);
    std::gamma_distribution<double> nu(gg.q, 1.0 / gg.gamma);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<storelens::core::analytics::clv::RfmSummaryRow> rows;
    rows.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        storelens::core::analytics::clv::RfmSummaryRow row;
        row.customerId = QString::number(i + 1);
        // Ages spread evenly over whole days, as a store's customers would be.
        row.T = std::floor(uniform(random) * maxAgeWeeks * 7.0 + 1.0) / 7.0;
        const double lambda = rate(random);
        double dropout = 0.0;
        if (dropouts) {
            const double ga = betaA(random);
            dropout = ga / (ga + betaB(random)); // Beta(a, b) from two Gamma variates
        }
        std::exponential_distribution<double> wait(lambda);
        // The first purchase is at 0; after every repeat purchase the customer drops out with probability p.
        double t = 0.0;
        while (true) {
            t += wait(random);
            if (t > row.T)
                break;
            row.x += 1.0;
            row.tx = t;
            if (uniform(random) < dropout)
                break;
        }
        if (row.x > 0) {
            // Transaction values ~ Gamma(p, nu) with nu ~ Gamma(q, gamma): the mean of x of them.
            std::gamma_distribution<double> spend(gg.p, 1.0 / nu(random));
            double sum = 0.0;
            for (int k = 0; k < int(row.x); ++k)
                sum += spend(random);
            row.monetary = sum / row.x;
        }
        rows.push_back(row);
    }
    return rows;
}

// A history in which nobody ever leaves, as trial 16's shop looked to the purchase models (a Pareto/NBD fit
// with s = 0.0000115 and beta = 317,373): 400 customers who each keep buying at their own rate, lambda ~
// Gamma(1, 15) per week (one purchase every 15 weeks on average, many far more rarely), from a first purchase
// up to 60 weeks before the end of the data. The rare buyers have long gaps since their last purchase, so
// recency calls them lost, while the purchase models find no dropout.
inline std::vector<storelens::core::analytics::clv::RfmSummaryRow> noDropoutCustomers()
{
    namespace clv = storelens::core::analytics::clv;
    return customers(400, clv::BgNbdParameters{1.0, 15.0, 0.0, 1.0},
                     clv::GammaGammaParameters{6.0, 4.0, 15.0}, 60.0, 16u);
}

} // namespace synthetic
