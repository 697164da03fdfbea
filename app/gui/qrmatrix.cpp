#include "qrmatrix.h"

#include <QPainter>

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace nexus {

QrMatrix encodeQr(const QString &text)
{
    QrMatrix m;
    if (text.isEmpty()) {
        m.error = QStringLiteral("Nothing to encode.");
        return m;
    }
    const QByteArray utf8 = text.toUtf8();
    // QRcode_encodeData takes the bytes as they are (8-bit mode), so any UTF-8 text round-trips.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code) {
        m.error = errno == ERANGE ? QStringLiteral("The text is too long for a QR code (%1 bytes).").arg(utf8.size())
                                  : QStringLiteral("The QR code could not be made.");
        return m;
    }
    m.size = code->width;
    m.dark.resize(m.size * m.size);
    for (int i = 0; i < m.size * m.size; ++i)
        m.dark[i] = code->data[i] & 1; // bit 0: dark module
    return m;
}

QImage QrMatrix::toImage(int scale, int quiet, QColor darkColor, QColor lightColor) const
{
    if (!isValid() || scale < 1)
        return {};
    const int side = (size + 2 * quiet) * scale;
    QImage img(side, side, QImage::Format_RGB32);
    img.fill(lightColor);
    QPainter p(&img);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            if (at(x, y))
                p.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale, darkColor);
    return img;
}

} // namespace nexus
