import QtQuick
import QtQuick.Layouts
import Nexus

// One configuration key in the keys list.
Rectangle {
    id: row

    required property int index
    required property string key
    required property string valueText
    required property int version
    required property bool managed
    readonly property bool selected: key === Config.selectedKey

    signal clicked(int row)

    implicitHeight: 46
    radius: Theme.radius
    color: selected ? Theme.selection : mouse.containsMouse ? Theme.surfaceHover : "transparent"

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            Text {
                Layout.fillWidth: true
                text: row.key
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.family: Theme.monoFamily
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: row.valueText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.family: Theme.monoFamily
                elide: Text.ElideRight
            }
        }
        Chip {
            text: qsTr("v%1").arg(row.version)
            tone: row.version > 1 ? "accent" : "neutral"
            mono: true
        }
    }

    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        onClicked: row.clicked(row.index)
    }
}
