#include "ui/common/PictureRecorder.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPicture>
#include <QRegion>
#include <QWidget>

#include <variant>
#include <vector>

namespace storelens::ui {

// Passes what a painter draws on the PictureRecorder on to a painter on the picture (as QPicture's own engine
// would record it), clipped to the system clip QWidget::render() sets for the widget being drawn.
class RecordingEngine : public QPaintEngine
{
public:
    explicit RecordingEngine(QPicture *picture)
        : QPaintEngine(AllFeatures)
        , m_picture(picture)
    {
    }

    bool begin(QPaintDevice *) override;
    bool end() override { return m_target.end(); }
    // As QPicture's engine: QPainter and the styles treat it as a picture, as before.
    Type type() const override { return QPaintEngine::Picture; }
    void updateState(const QPaintEngineState &state) override;

    // What QPicture's engine records; QPaintEngine turns rectangles, lines and points into these.
    void drawEllipse(const QRectF &rect) override;
    void drawPath(const QPainterPath &path) override;
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override;
    void drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source) override;
    void drawTiledPixmap(const QRectF &rect, const QPixmap &pixmap, const QPointF &offset) override;
    void drawImage(const QRectF &rect, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags flags) override;
    void drawTextItem(const QPointF &point, const QTextItem &item) override;

private:
    // One of the painter's own clips, in the coordinates of the transformation it was set under.
    struct ClipStep
    {
        QTransform transform;
        std::variant<QRegion, QPainterPath> shape;
    };

    void updateLooks(const QPaintEngineState &state);
    // `replay`: QPainter::restore() setting the clips of the state it returns to again.
    void updateClip(const QPaintEngineState &state, bool replay);
    // The painter's redirection: from its own coordinates (world and view transformation) to the device's.
    QTransform redirection() const;
    // Makes the picture's clip the system clip (device coordinates) narrowed by the painter's own clips.
    void applyClip();
    // Before each drawing: the widget being drawn, and so the system clip, may have changed.
    void followSystemClip();

    QPicture *m_picture;
    QPainter m_target;
    QTransform m_transform;
    std::vector<ClipStep> m_clip;
    bool m_clipEnabled = false;
    QRegion m_systemClip; // the system clip the picture's clip was last made from
};

bool RecordingEngine::begin(QPaintDevice *)
{
    m_transform = QTransform();
    m_clip.clear();
    m_clipEnabled = false;
    m_systemClip = QRegion();
    return m_target.begin(m_picture);
}

void RecordingEngine::updateState(const QPaintEngineState &state)
{
    updateLooks(state);
    // A clip without DirtyClipEnabled is QPainter::restore() setting the clips of the state it returns to
    // again; its transformation is that clip's, not one to draw with.
    const DirtyFlags flags = state.state();
    const bool replay = (flags & (DirtyClipRegion | DirtyClipPath)) && !(flags & DirtyClipEnabled);
    if ((flags & DirtyTransform) && !replay) {
        m_transform = state.transform();
        m_target.setTransform(m_transform);
    }
    updateClip(state, replay);
}

QTransform RecordingEngine::redirection() const
{
    const QPainter *p = painter();
    if (!p)
        return QTransform();
    // The device transformation is the painter's own (world and view) followed by the redirection.
    bool invertible = false;
    const QTransform own = p->combinedTransform().inverted(&invertible);
    return invertible ? own * p->deviceTransform() : QTransform();
}

void RecordingEngine::updateLooks(const QPaintEngineState &state)
{
    const DirtyFlags flags = state.state();
    if (flags & DirtyPen)
        m_target.setPen(state.pen());
    if (flags & DirtyBrush)
        m_target.setBrush(state.brush());
    if (flags & DirtyBrushOrigin)
        m_target.setBrushOrigin(state.brushOrigin());
    if (flags & DirtyFont)
        m_target.setFont(state.font());
    if (flags & DirtyBackground)
        m_target.setBackground(state.backgroundBrush());
    if (flags & DirtyBackgroundMode)
        m_target.setBackgroundMode(state.backgroundMode());
    if (flags & DirtyHints) {
        m_target.setRenderHints(~state.renderHints(), false);
        m_target.setRenderHints(state.renderHints(), true);
    }
    if (flags & DirtyCompositionMode)
        m_target.setCompositionMode(state.compositionMode());
    if (flags & DirtyOpacity)
        m_target.setOpacity(state.opacity());
}

void RecordingEngine::updateClip(const QPaintEngineState &state, bool replay)
{
    const DirtyFlags flags = state.state();
    if (!(flags & (DirtyClipRegion | DirtyClipPath | DirtyClipEnabled)))
        return;
    if (flags & (DirtyClipRegion | DirtyClipPath)) {
        const Qt::ClipOperation op = state.clipOperation();
        if (op == Qt::NoClip || op == Qt::ReplaceClip)
            m_clip.clear();
        // QPainter::restore() hands each clip on under the transformation the clip was set with times the
        // painter's redirection, which that transformation holds already (qpainter.cpp, for engines that are
        // no QPaintEngineEx). Within QWidget::render() the redirection is where the widget being drawn sits
        // on the device: each clip came back moved by that much, up and left, and cut away what was drawn
        // after it (trial 21: a chart's legend lost its colour squares and all entries but the first).
        const QTransform transform =
            replay ? state.transform() * redirection().inverted() : state.transform();
        if (op != Qt::NoClip && (flags & DirtyClipPath))
            m_clip.push_back({transform, state.clipPath()});
        else if (op != Qt::NoClip)
            m_clip.push_back({transform, state.clipRegion()});
        m_clipEnabled = op != Qt::NoClip;
    }
    if (flags & DirtyClipEnabled)
        m_clipEnabled = state.isClipEnabled();
    applyClip();
}

void RecordingEngine::applyClip()
{
    m_systemClip = systemClip();
    bool clipping = !m_systemClip.isEmpty();
    m_target.setTransform(QTransform());
    if (clipping)
        m_target.setClipRegion(m_systemClip);
    else
        m_target.setClipping(false);
    for (const ClipStep &step : m_clip) {
        if (!m_clipEnabled)
            break;
        m_target.setTransform(step.transform);
        const Qt::ClipOperation op = clipping ? Qt::IntersectClip : Qt::ReplaceClip;
        if (const auto *region = std::get_if<QRegion>(&step.shape))
            m_target.setClipRegion(*region, op);
        else
            m_target.setClipPath(std::get<QPainterPath>(step.shape), op);
        clipping = true;
    }
    m_target.setTransform(m_transform);
}

void RecordingEngine::followSystemClip()
{
    if (systemClip() != m_systemClip)
        applyClip();
}

void RecordingEngine::drawEllipse(const QRectF &rect)
{
    followSystemClip();
    m_target.drawEllipse(rect);
}

void RecordingEngine::drawPath(const QPainterPath &path)
{
    followSystemClip();
    m_target.drawPath(path);
}

void RecordingEngine::drawPolygon(const QPointF *points, int count, PolygonDrawMode mode)
{
    followSystemClip();
    switch (mode) {
    case PolylineMode:
        m_target.drawPolyline(points, count);
        break;
    case ConvexMode:
        m_target.drawConvexPolygon(points, count);
        break;
    case OddEvenMode:
        m_target.drawPolygon(points, count, Qt::OddEvenFill);
        break;
    case WindingMode:
        m_target.drawPolygon(points, count, Qt::WindingFill);
        break;
    }
}

void RecordingEngine::drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source)
{
    followSystemClip();
    m_target.drawPixmap(rect, pixmap, source);
}

void RecordingEngine::drawTiledPixmap(const QRectF &rect, const QPixmap &pixmap, const QPointF &offset)
{
    followSystemClip();
    m_target.drawTiledPixmap(rect, pixmap, offset);
}

void RecordingEngine::drawImage(const QRectF &rect, const QImage &image, const QRectF &source,
                                Qt::ImageConversionFlags flags)
{
    followSystemClip();
    m_target.drawImage(rect, image, source, flags);
}

void RecordingEngine::drawTextItem(const QPointF &point, const QTextItem &item)
{
    followSystemClip();
    // The painter on the recorder filled an opaque background behind the text already.
    const Qt::BGMode mode = m_target.backgroundMode();
    m_target.setBackgroundMode(Qt::TransparentMode);
    m_target.drawTextItem(point, item);
    m_target.setBackgroundMode(mode);
}

PictureRecorder::PictureRecorder(QPicture *picture, QSize size)
    : m_engine(std::make_unique<RecordingEngine>(picture))
    , m_size(size)
    , m_dpiX(picture->logicalDpiX())
    , m_dpiY(picture->logicalDpiY())
{
}

PictureRecorder::~PictureRecorder() = default;

QPaintEngine *PictureRecorder::paintEngine() const
{
    return m_engine.get();
}

int PictureRecorder::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return m_size.width();
    case PdmHeight:
        return m_size.height();
    case PdmWidthMM:
        return qRound(m_size.width() * 25.4 / m_dpiX);
    case PdmHeightMM:
        return qRound(m_size.height() * 25.4 / m_dpiY);
    case PdmNumColors:
        return 1 << 24;
    case PdmDepth:
        return 24;
    case PdmDpiX:
    case PdmPhysicalDpiX:
        return m_dpiX;
    case PdmDpiY:
    case PdmPhysicalDpiY:
        return m_dpiY;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        return QPaintDevice::metric(metric);
    }
}

QPicture PictureRecorder::record(QWidget *widget, const QRect &area)
{
    QPicture picture;
    PictureRecorder device(&picture, area.size());
    QPainter recorder(&device);
    widget->render(&recorder, QPoint(), QRegion(area), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    recorder.end();
    return picture;
}

} // namespace storelens::ui
