#pragma once

#include <QPaintDevice>
#include <QSize>

#include <memory>

class QPicture;
class QRect;
class QWidget;

namespace storelens::ui {

class RecordingEngine;

// A paint device that records what is painted on it into a QPicture (text and lines stay vectors), clipped as
// on screen. QWidget::render() keeps each widget inside its own rectangle with the paint engine's system
// clip; QPicture's own engine ignores that clip, so an item view's partly visible last column was drawn in
// full over its neighbour on paper (trial 20). This device's engine hands every drawing on to a painter on
// the picture and turns the system clip, and the widget's own clips within it, into clips the picture keeps
// (where QPainter::restore() sets them again, at the place they were set: trial 21).
class PictureRecorder : public QPaintDevice
{
public:
    // Records into `picture`, which the device does not own and which must outlive the painting; `size` is
    // the device's size in pixels.
    PictureRecorder(QPicture *picture, QSize size);
    ~PictureRecorder() override;
    PictureRecorder(const PictureRecorder &) = delete;
    PictureRecorder &operator=(const PictureRecorder &) = delete;

    QPaintEngine *paintEngine() const override;

    // `area` of `widget` and its children (widget coordinates) as a picture whose origin is the area's top
    // left, the window background drawn as on screen.
    static QPicture record(QWidget *widget, const QRect &area);

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    std::unique_ptr<RecordingEngine> m_engine;
    QSize m_size;
    int m_dpiX;
    int m_dpiY;
};

} // namespace storelens::ui
