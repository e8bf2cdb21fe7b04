#include "ui/help/HandbookWindow.h"

#include "ui/help/HandbookPages.h"

#include <QHBoxLayout>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace storelens::ui {

namespace {

// Serves every page of the handbook, made when it is shown (generatedHandbookPage).
class HandbookBrowser : public QTextBrowser
{
public:
    HandbookBrowser(QWidget *mainWindow, QWidget *parent)
        : QTextBrowser(parent)
        , m_mainWindow(mainWindow)
    {
    }

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type == QTextDocument::HtmlResource) {
            const QString generated = generatedHandbookPage(handbookPageOf(name), m_mainWindow);
            if (!generated.isEmpty())
                return generated;
        }
        return QTextBrowser::loadResource(type, name);
    }

private:
    QPointer<QWidget> m_mainWindow;
};

} // namespace

HandbookWindow::HandbookWindow(QWidget *mainWindow, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new HandbookBrowser(mainWindow, this))
{
    setObjectName(QStringLiteral("handbookWindow"));
    setWindowTitle(tr("StoreLens Handbook"));
    m_browser->setObjectName(QStringLiteral("handbookBrowser"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    auto *back = new QPushButton(tr("Back"), this);
    auto *forward = new QPushButton(tr("Forward"), this);
    auto *contents = new QPushButton(tr("Contents"), this);
    back->setEnabled(false);
    forward->setEnabled(false);
    // Esc and Ctrl+W close the window as in other help viewers (trial 17); it is only hidden, so F1 opens it
    // again where it was.
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &QWidget::close);
    }
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(contents, &QPushButton::clicked, this, [this] { showPage(QStringLiteral("index")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        // The contents page is titled as the handbook itself (trial 22de: "StoreLens-Handbuch –
        // StoreLens-Handbuch").
        const QString title = m_browser->documentTitle();
        const QString handbook = tr("StoreLens Handbook");
        setWindowTitle(title.isEmpty() || title.compare(handbook, Qt::CaseInsensitive) == 0
                           ? handbook
                           : tr("%1 – StoreLens Handbook").arg(title));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(forward);
    buttons->addWidget(contents);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_browser);
    resize(760, 640);
}

void HandbookWindow::showPage(const QString &page)
{
    m_browser->setSource(handbookUrl(page.isEmpty() ? QStringLiteral("index") : page));
}

QString HandbookWindow::currentPage() const
{
    return handbookPageOf(m_browser->source());
}

} // namespace storelens::ui
