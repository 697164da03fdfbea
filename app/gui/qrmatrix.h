#pragma once
// QR code symbols from libqrencode: the module matrix for a text, ready to draw or save.

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QVector>

namespace nexus {

struct QrMatrix {
    int size = 0;          // modules per side (0: nothing could be encoded)
    QVector<bool> dark;    // size × size, row-major
    QString error;         // why nothing was encoded

    bool isValid() const { return size > 0; }
    bool at(int x, int y) const { return dark[y * size + x]; }
    // A crisp image with a quiet zone of `quiet` modules, `scale` pixels per module.
    QImage toImage(int scale, int quiet = 4, QColor darkColor = Qt::black, QColor lightColor = Qt::white) const;
};

// Error correction level M (15 %), byte mode, the smallest version that fits.
QrMatrix encodeQr(const QString &text);

} // namespace nexus
