import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// An error a person can act on: what failed (title), why (cause), what to do (hint).
Rectangle {
    id: banner

    property string title
    property string cause
    property string hint
    property bool dismissable: true
    signal dismissed()

    visible: title.length > 0
    implicitHeight: visible ? content.implicitHeight + 2 * Theme.spacing : 0
    radius: Theme.radius
    color: Theme.dangerSoft
    border.color: Theme.danger
    border.width: 1

    Accessible.role: Accessible.AlertMessage
    Accessible.name: title

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Text {
            Layout.alignment: Qt.AlignTop
            text: "⚠"
            color: Theme.danger
            font.pixelSize: Theme.fontLarge
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                objectName: "errorTitle"
                Layout.fillWidth: true
                text: banner.title
                color: Theme.dangerOnSoft
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "errorCause"
                Layout.fillWidth: true
                visible: text.length > 0
                text: banner.cause
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "errorHint"
                Layout.fillWidth: true
                visible: banner.hint.length > 0
                text: qsTr("What to do: %1").arg(banner.hint)
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }

        ToolButton {
            id: dismissButton
            objectName: "errorDismiss"
            Layout.alignment: Qt.AlignTop
            visible: banner.dismissable
            text: "✕"
            font.pixelSize: Theme.fontBody
            implicitWidth: 28
            implicitHeight: 28
            onClicked: banner.dismissed()
            Accessible.name: qsTr("Dismiss")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Dismiss")
            contentItem: Text {
                text: "✕"
                color: Theme.dangerOnSoft
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: Theme.radius
                color: dismissButton.hovered ? Theme.surfaceHover : "transparent"
            }
        }
    }
}
