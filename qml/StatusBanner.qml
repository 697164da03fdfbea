import QtQuick
import QtQuick.Layouts

// A full-width banner for system-wide states (maintenance, emergency stop).
Rectangle {
    id: banner

    property string glyph
    property string title
    property string message
    property color textColor: Theme.text
    property string actionText
    signal action()

    implicitHeight: visible ? content.implicitHeight + 2 * Theme.spacingSmall + 4 : 0
    Accessible.role: Accessible.AlertMessage
    Accessible.name: title

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacingLarge
        spacing: Theme.spacing

        Text {
            text: banner.glyph
            color: banner.textColor
            font.pixelSize: Theme.fontLarge
        }
        Text {
            text: banner.title
            color: banner.textColor
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
        }
        Text {
            Layout.fillWidth: true
            text: banner.message
            color: banner.textColor
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }
        Text {
            visible: banner.actionText.length > 0
            text: banner.actionText
            color: banner.textColor
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            font.underline: true
            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.PointingHandCursor
                onClicked: banner.action()
            }
        }
    }
}
