import QtQuick
import QtQuick.Layouts

// What an empty list says instead of nothing.
ColumnLayout {
    id: empty

    property string glyph: "∅"
    property string title
    property string detail

    spacing: Theme.spacingSmall

    Text {
        Layout.alignment: Qt.AlignHCenter
        text: empty.glyph
        color: Theme.textFaint
        font.pixelSize: 30
    }
    Text {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: 360
        text: empty.title
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
    Text {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: 360
        visible: text.length > 0
        text: empty.detail
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
