#include "ui/shell/WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace storelens::ui {

namespace {

constexpr int PathRole = Qt::UserRole;
constexpr int ColumnWidth = 620;

QLabel *makeLabel(const QString &text, QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(button->sizeHint().height() + 8);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_recentEmpty(new QLabel(this))
    , m_dropZone(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *column = new QWidget(this);
    column->setFixedWidth(ColumnWidth);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(makeLabel(tr("Welcome to StoreLens"), column, 1.8, true));
    layout->addWidget(
        makeLabel(tr("See how your store is doing from the exports of your till, web shop or ERP. "
                     "A workspace keeps one business's sales, customers and products in a single "
                     "file on this computer."),
                  column));
    layout->addSpacing(6);

    auto *buttons = new QGridLayout;
    buttons->setHorizontalSpacing(10);
    buttons->setVerticalSpacing(10);
    QPushButton *newButton = makeButton(tr("&New Workspace…"), QStringLiteral("startNewButton"), column);
    QPushButton *openButton = makeButton(tr("&Open Workspace…"), QStringLiteral("startOpenButton"), column);
    QPushButton *importButton =
        makeButton(tr("&Import Your Data…"), QStringLiteral("startImportButton"), column);
    QPushButton *sampleButton =
        makeButton(tr("Open the &Sample Store"), QStringLiteral("startSampleButton"), column);
    importButton->setDefault(true);
    importButton->setToolTip(
        tr("Choose CSV exports; StoreLens creates a workspace for them and imports them."));
    buttons->addWidget(importButton, 0, 0);
    buttons->addWidget(newButton, 0, 1);
    buttons->addWidget(openButton, 1, 0);
    buttons->addWidget(sampleButton, 1, 1);
    layout->addLayout(buttons);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newWorkspaceRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openWorkspaceRequested);
    connect(importButton, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(sampleButton, &QPushButton::clicked, this, &WelcomePage::sampleRequested);

    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    m_dropZone->setText(tr("Drop CSV files here to import them into a new workspace"));
    m_dropZone->setAlignment(Qt::AlignCenter);
    m_dropZone->setWordWrap(true);
    m_dropZone->setMinimumHeight(90);
    setDropActive(false);
    layout->addSpacing(4);
    layout->addWidget(m_dropZone);

    layout->addSpacing(6);
    layout->addWidget(makeLabel(tr("Recent workspaces"), column, 1.0, true));
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setAccessibleName(tr("Recent workspaces"));
    m_recent->setMaximumHeight(180);
    m_recentEmpty->setObjectName(QStringLiteral("recentEmpty"));
    m_recentEmpty->setWordWrap(true);
    m_recentEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_recentEmpty->setText(tr("No workspace opened yet. Import your data or open the sample store to start; "
                              "the workspaces you open are listed here."));
    layout->addWidget(m_recent);
    layout->addWidget(m_recentEmpty);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentRequested(item->data(PathRole).toString()); });

    auto *outer = new QGridLayout(this);
    outer->addWidget(column, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);
    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  —  %2")
                .arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath())),
            m_recent);
        item->setData(PathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recent->setVisible(!paths.isEmpty());
    m_recentEmpty->setVisible(paths.isEmpty());
}

void WelcomePage::setDropActive(bool active)
{
    const QString border = active ? QStringLiteral("palette(highlight)") : QStringLiteral("palette(mid)");
    m_dropZone->setStyleSheet(
        QStringLiteral("QLabel#dropZone { border: 2px dashed %1; border-radius: 8px; padding: 12px; }")
            .arg(border));
}

} // namespace storelens::ui
