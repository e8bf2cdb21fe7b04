#pragma once

#include "core/analytics/clv/BgNbdModel.h"
#include "core/analytics/clv/ParetoNbdModel.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace storelens::core::analytics::clv {

// The purchase models StoreLens fits side by side (METRICS.md section 8).
enum class PurchaseModelKind { BgNbd, ParetoNbd, MbgNbd };

inline constexpr std::array<PurchaseModelKind, 3> kPurchaseModelKinds = {
    PurchaseModelKind::BgNbd, PurchaseModelKind::ParetoNbd, PurchaseModelKind::MbgNbd};

// Stable keys for JSON and the command line: "bg_nbd", "pareto_nbd", "mbg_nbd".
QString purchaseModelKey(PurchaseModelKind kind);
std::optional<PurchaseModelKind> purchaseModelFromKey(const QString &key);
// The name as printed: "BG/NBD", "Pareto/NBD", "MBG/NBD" (proper names, not translated).
QString purchaseModelName(PurchaseModelKind kind);
// The JSON keys of the four parameters: r, alpha, a, b (BG/NBD, MBG/NBD) or r, alpha, s, beta (Pareto/NBD).
std::array<QString, 4> purchaseModelParameterKeys(PurchaseModelKind kind);

struct PurchaseModelFit
{
    PurchaseModelKind kind = PurchaseModelKind::BgNbd;
    std::array<double, 4> parameters{}; // in the order of purchaseModelParameterKeys()
    FitDiagnostics diagnostics;
};

// One of the three models behind one interface, for the CLV calculator and the holdout checks.
class PurchaseModel
{
public:
    PurchaseModel() = default;
    explicit PurchaseModel(const PurchaseModelFit &fit);

    static Result<PurchaseModelFit> fit(PurchaseModelKind kind, const std::vector<RfmSummaryRow> &rows,
                                        const FitOptions &options = {});

    PurchaseModelKind kind() const { return m_kind; }

    double probabilityAlive(double x, double tx, double T) const;
    double expectedPurchasesIfAlive(double t, double x, double T) const;
    double conditionalExpectedPurchases(double t, double x, double tx, double T) const;
    double expectedPurchases(double t) const;
    std::optional<double> medianWeeksToNextPurchase(double x, double tx, double T) const;

private:
    PurchaseModelKind m_kind = PurchaseModelKind::BgNbd;
    BgNbdModel m_bgNbd;
    ParetoNbdModel m_paretoNbd;
    MbgNbdModel m_mbgNbd;
};

} // namespace storelens::core::analytics::clv
