#pragma once
// `QrCode { text: … }`: draws the QR code of its text, scaled to whole pixels per module.

#include "qrmatrix.h"

#include <QColor>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QColor darkColor MEMBER m_dark NOTIFY colorsChanged)
    Q_PROPERTY(QColor lightColor MEMBER m_light NOTIFY colorsChanged)
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)
    Q_PROPERTY(QString error READ error NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    int modules() const { return m_matrix.size; }
    QString error() const { return m_matrix.error; }
    void paint(QPainter *painter) override;

    // Saves the code as a PNG (for "Save QR image"); false when there is no code or the write fails.
    Q_INVOKABLE bool savePng(const QUrl &file, int pixelsPerModule = 8) const;

Q_SIGNALS:
    void textChanged();
    void colorsChanged();

private:
    QString m_text;
    QrMatrix m_matrix;
    QColor m_dark = Qt::black;
    QColor m_light = Qt::white;
};

} // namespace nexus
