#include "core/analytics/clv/PurchaseModel.h"

#include "core/model/EnumKeys.h"

namespace storelens::core::analytics::clv {

namespace {

// Each model's stable key and printed name.
constexpr EnumName<PurchaseModelKind> kPurchaseModelNames[] = {
    {PurchaseModelKind::BgNbd, "bg_nbd", "BG/NBD"},
    {PurchaseModelKind::ParetoNbd, "pareto_nbd", "Pareto/NBD"},
    {PurchaseModelKind::MbgNbd, "mbg_nbd", "MBG/NBD"},
};
static_assert(std::size(kPurchaseModelNames) == kPurchaseModelKinds.size(), "one row per purchase model");

} // namespace

QString purchaseModelKey(PurchaseModelKind kind)
{
    return enumKey(kPurchaseModelNames, kind);
}

std::optional<PurchaseModelKind> purchaseModelFromKey(const QString &key)
{
    for (PurchaseModelKind kind : kPurchaseModelKinds) {
        if (purchaseModelKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString purchaseModelName(PurchaseModelKind kind)
{
    const EnumName<PurchaseModelKind> *row = enumName(kPurchaseModelNames, kind);
    return row ? QString(QLatin1String(row->name)) : QString();
}

std::array<QString, 4> purchaseModelParameterKeys(PurchaseModelKind kind)
{
    if (kind == PurchaseModelKind::ParetoNbd)
        return {QStringLiteral("r"), QStringLiteral("alpha"), QStringLiteral("s"), QStringLiteral("beta")};
    return {QStringLiteral("r"), QStringLiteral("alpha"), QStringLiteral("a"), QStringLiteral("b")};
}

PurchaseModel::PurchaseModel(const PurchaseModelFit &fit)
    : m_kind(fit.kind)
{
    const std::array<double, 4> &p = fit.parameters;
    switch (fit.kind) {
    case PurchaseModelKind::BgNbd:
        m_bgNbd = BgNbdModel(BgNbdParameters{p[0], p[1], p[2], p[3]});
        break;
    case PurchaseModelKind::ParetoNbd:
        m_paretoNbd = ParetoNbdModel(ParetoNbdParameters{p[0], p[1], p[2], p[3]});
        break;
    case PurchaseModelKind::MbgNbd:
        m_mbgNbd = MbgNbdModel(BgNbdParameters{p[0], p[1], p[2], p[3]});
        break;
    }
}

namespace {

std::array<double, 4> parameterArray(const BgNbdParameters &p)
{
    return {p.r, p.alpha, p.a, p.b};
}

std::array<double, 4> parameterArray(const ParetoNbdParameters &p)
{
    return {p.r, p.alpha, p.s, p.beta};
}

template<typename Model>
Result<PurchaseModelFit> fitAs(PurchaseModelKind kind, const std::vector<RfmSummaryRow> &rows,
                               const FitOptions &options)
{
    Result<typename Model::Fit> f = Model::fit(rows, options);
    if (!f)
        return f.error();
    return PurchaseModelFit{kind, parameterArray(f->parameters), f->diagnostics};
}

} // namespace

Result<PurchaseModelFit> PurchaseModel::fit(PurchaseModelKind kind, const std::vector<RfmSummaryRow> &rows,
                                            const FitOptions &options)
{
    switch (kind) {
    case PurchaseModelKind::BgNbd:
        return fitAs<BgNbdModel>(kind, rows, options);
    case PurchaseModelKind::ParetoNbd:
        return fitAs<ParetoNbdModel>(kind, rows, options);
    case PurchaseModelKind::MbgNbd:
        break;
    }
    return fitAs<MbgNbdModel>(kind, rows, options);
}

// Each query forwards to the model in use; the three share their signatures.
#define STORELENS_FORWARD(call)                                                                              \
    switch (m_kind) {                                                                                        \
    case PurchaseModelKind::BgNbd:                                                                           \
        return m_bgNbd.call;                                                                                 \
    case PurchaseModelKind::ParetoNbd:                                                                       \
        return m_paretoNbd.call;                                                                             \
    case PurchaseModelKind::MbgNbd:                                                                          \
        break;                                                                                               \
    }                                                                                                        \
    return m_mbgNbd.call

double PurchaseModel::probabilityAlive(double x, double tx, double T) const
{
    STORELENS_FORWARD(probabilityAlive(x, tx, T));
}

double PurchaseModel::expectedPurchasesIfAlive(double t, double x, double T) const
{
    STORELENS_FORWARD(expectedPurchasesIfAlive(t, x, T));
}

double PurchaseModel::conditionalExpectedPurchases(double t, double x, double tx, double T) const
{
    STORELENS_FORWARD(conditionalExpectedPurchases(t, x, tx, T));
}

double PurchaseModel::expectedPurchases(double t) const
{
    STORELENS_FORWARD(expectedPurchases(t));
}

std::optional<double> PurchaseModel::medianWeeksToNextPurchase(double x, double tx, double T) const
{
    STORELENS_FORWARD(medianWeeksToNextPurchase(x, tx, T));
}

#undef STORELENS_FORWARD

} // namespace storelens::core::analytics::clv
