import QtQuick
import QtQuick.Layouts

// A title with an optional subtitle; children go to the right-hand side (actions).
RowLayout {
    id: header

    property string title
    property string subtitle
    property bool large: false
    default property alias actions: actionRow.data

    spacing: Theme.spacing

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Text {
            Layout.fillWidth: true
            text: header.title
            color: Theme.text
            font.pixelSize: header.large ? Theme.fontHeading : Theme.fontLarge
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            visible: header.subtitle.length > 0
            text: header.subtitle
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }
    }

    RowLayout {
        id: actionRow
        spacing: Theme.spacingSmall
    }
}
