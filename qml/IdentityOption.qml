import QtQuick
import QtQuick.Layouts
import Nexus

// One identity in the identity switcher's list.
Rectangle {
    id: option

    required property var modelData
    property bool current: false
    readonly property bool active: modelData.name === Session.activeName

    implicitHeight: 48
    radius: Theme.radius
    color: current || hover.hovered ? Theme.surfaceHover : "transparent"

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Avatar {
            name: option.modelData.displayName.length > 0 ? option.modelData.displayName : option.modelData.name
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: option.modelData.displayName.length > 0 ? option.modelData.displayName : option.modelData.name
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: option.active ? Font.DemiBold : Font.Normal
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: option.modelData.name + " · " + Session.shortPrincipal(option.modelData.principal)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.family: Theme.monoFamily
                elide: Text.ElideRight
            }
        }
        Chip {
            text: Session.roleLabel(option.modelData.role)
            tone: Theme.roleTone(option.modelData.role)
        }
        Text {
            text: "✓"
            color: Theme.accent
            font.pixelSize: Theme.fontLarge
            opacity: option.active ? 1 : 0
        }
    }

    HoverHandler {
        id: hover
        cursorShape: Qt.PointingHandCursor
    }
}
