#include "qrcodeitem.h"

#include <QPainter>
#include <QUrl>

namespace nexus {

QrCodeItem::QrCodeItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    connect(this, &QrCodeItem::colorsChanged, this, [this] { update(); });
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_matrix = encodeQr(text);
    Q_EMIT textChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    painter->fillRect(boundingRect(), m_light);
    if (!m_matrix.isValid())
        return;
    const int quiet = 2; // the item's own margin; scanners need some light border
    const int total = m_matrix.size + 2 * quiet;
    const int scale = int(std::min(width(), height())) / total; // whole pixels keep modules crisp
    if (scale < 1)
        return;
    const int offX = (int(width()) - total * scale) / 2 + quiet * scale;
    const int offY = (int(height()) - total * scale) / 2 + quiet * scale;
    for (int y = 0; y < m_matrix.size; ++y)
        for (int x = 0; x < m_matrix.size; ++x)
            if (m_matrix.at(x, y))
                painter->fillRect(offX + x * scale, offY + y * scale, scale, scale, m_dark);
}

bool QrCodeItem::savePng(const QUrl &file, int pixelsPerModule) const
{
    const QImage img = m_matrix.toImage(std::clamp(pixelsPerModule, 1, 64));
    return !img.isNull() && img.save(file.isLocalFile() ? file.toLocalFile() : file.toString(), "PNG");
}

} // namespace nexus
