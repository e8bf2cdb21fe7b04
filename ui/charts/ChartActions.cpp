#include "ui/charts/ChartActions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QWidget>

#include <cmath>

namespace storelens::ui {

namespace {

// The words of the ChartView they were first written for, so their translations stay.
class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ChartView)
};

} // namespace

ChartActions::ChartActions(QWidget *chart, std::function<Table()> data, std::function<QString()> title)
    : QObject(chart)
    , m_chart(chart)
    , m_data(std::move(data))
    , m_title(std::move(title))
{
    m_copyImage = new QAction(ChartText::tr("Copy &Image"), this);
    m_copyImage->setObjectName(QStringLiteral("copyChartImageAction"));
    connect(m_copyImage, &QAction::triggered, this, [this] { QApplication::clipboard()->setImage(image()); });
    m_savePng = new QAction(ChartText::tr("Save as &PNG…"), this);
    m_savePng->setObjectName(QStringLiteral("saveChartPngAction"));
    connect(m_savePng, &QAction::triggered, this, [this] { saveWithDialog(QStringLiteral("png")); });
    m_saveSvg = new QAction(ChartText::tr("Save as &SVG…"), this);
    m_saveSvg->setObjectName(QStringLiteral("saveChartSvgAction"));
    connect(m_saveSvg, &QAction::triggered, this, [this] { saveWithDialog(QStringLiteral("svg")); });
    m_copyData = new QAction(ChartText::tr("Copy &Data"), this);
    m_copyData->setObjectName(QStringLiteral("copyChartDataAction"));
    connect(m_copyData, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(dataText()); });
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    chart->addActions({m_copyImage, m_savePng, m_saveSvg, separator, m_copyData});
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QString ChartActions::number(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    // Six decimals at most: a rate worked out as a quotient ("0,5863335131358967", trial 22de) is no more
    // exact for its sixteen digits; money and counts keep theirs.
    const double rounded = std::round(value * 1e6) / 1e6;
    return locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', QLocale::FloatingPointShortest);
}

QString ChartActions::title() const
{
    const QString name = m_title ? m_title() : QString();
    return name.isEmpty() ? m_chart->accessibleName() : name;
}

QImage ChartActions::image() const
{
    return m_chart->grab().toImage();
}

bool ChartActions::savePng(const QString &path) const
{
    return image().save(path, "PNG");
}

bool ChartActions::saveSvg(const QString &path) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_chart->size());
    generator.setViewBox(m_chart->rect());
    generator.setTitle(title());
    generator.setDescription(m_chart->accessibleName());
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    if (m_svgPainter)
        m_svgPainter(&painter);
    else
        m_chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return painter.end() && QFileInfo(path).size() > 0;
}

QString ChartActions::dataText() const
{
    QString text;
    const Table table = dataTable();
    for (const QStringList &row : table)
        text += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
    return text;
}

void ChartActions::saveWithDialog(const QString &format)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    QString name = title();
    if (name.isEmpty())
        name = ChartText::tr("chart");
    const QString filter = format == QLatin1String("svg") ? ChartText::tr("SVG images (*.svg)")
                                                          : ChartText::tr("PNG images (*.png)");
    const QString path =
        QFileDialog::getSaveFileName(m_chart->window(), ChartText::tr("Save Chart"),
                                     QDir(folder).filePath(name + QLatin1Char('.') + format), filter);
    if (path.isEmpty())
        return;
    const bool saved = format == QLatin1String("svg") ? saveSvg(path) : savePng(path);
    if (!saved)
        QMessageBox::warning(
            m_chart->window(), ChartText::tr("Save Chart"),
            ChartText::tr("The chart could not be saved as %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace storelens::ui
