#pragma once

#include "core/analytics/clv/FitDiagnostics.h"
#include "core/analytics/clv/RfmSummary.h"
#include "core/model/Result.h"

#include <array>
#include <optional>
#include <vector>

namespace storelens::core::analytics::clv {

// What the BG/NBD, MBG/NBD and Pareto/NBD share: their parameters, and the conditional expectation
// E[Y(t) | x, t_x, T] = E[Y(t) | alive at T, x, T] * P(alive at T | x, t_x, T). `Model` (the derived class)
// supplies probabilityAlive(x, t_x, T) and expectedPurchasesIfAlive(t, x, T); times are in weeks.
template<typename Model, typename Parameters> class PurchaseModelBase
{
public:
    using Fit = ModelFit<Parameters>;

    PurchaseModelBase() = default;
    explicit PurchaseModelBase(const Parameters &parameters)
        : m_parameters(parameters)
    {
    }

    const Parameters &parameters() const { return m_parameters; }

    // E[Y(t) | x, t_x, T]: expected purchases in the t weeks after T; 0 for t <= 0. Callers that need several
    // horizons compute P(alive) once and multiply expectedPurchasesIfAlive() by it.
    double conditionalExpectedPurchases(double t, double x, double tx, double T) const
    {
        if (!(t > 0))
            return 0.0;
        const Model &model = static_cast<const Model &>(*this);
        return model.expectedPurchasesIfAlive(t, x, T) * model.probabilityAlive(x, tx, T);
    }

protected:
    Parameters m_parameters;
};

} // namespace storelens::core::analytics::clv
