import QtQuick
import QtQuick.Controls

// The app's button: primary, secondary, danger or ghost.
Button {
    id: control

    property string variant: "secondary"
    readonly property bool isPrimary: variant === "primary"
    readonly property bool isDanger: variant === "danger"
    readonly property bool isGhost: variant === "ghost"

    implicitHeight: Theme.controlHeight
    leftPadding: Theme.spacingLarge - 2
    rightPadding: Theme.spacingLarge - 2
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    focusPolicy: Qt.StrongFocus
    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    contentItem: Text {
        text: control.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        opacity: control.enabled ? 1 : 0.45
        color: control.isPrimary ? Theme.accentText
             : control.isDanger ? (control.down || control.hovered ? "#ffffff" : Theme.danger)
             : Theme.text
    }

    background: Rectangle {
        radius: Theme.radius
        opacity: control.enabled ? 1 : 0.55
        color: control.isPrimary ? (control.down ? Theme.accentHover : control.hovered ? Theme.accentHover : Theme.accent)
             : control.isDanger ? (control.down || control.hovered ? Theme.danger : Theme.surface)
             : control.isGhost ? (control.down || control.hovered ? Theme.surfaceHover : "transparent")
             : (control.down ? Theme.surfaceHover : control.hovered ? Theme.surfaceHover : Theme.surface)
        border.width: control.isGhost || control.isPrimary ? 0 : 1
        border.color: control.isDanger ? Theme.danger : Theme.borderStrong

        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            radius: Theme.radius + 3
            color: "transparent"
            border.width: 2
            border.color: Theme.accent
            visible: control.visualFocus
        }
    }
}
