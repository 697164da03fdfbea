import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// A label and its value in a detail pane; long values wrap, and can be copied.
RowLayout {
    id: detail

    property string label
    property string value
    property bool mono: false
    property bool copyable: false
    property color valueColor: Theme.text

    spacing: Theme.spacing

    Text {
        Layout.preferredWidth: 112
        Layout.alignment: Qt.AlignTop
        text: detail.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        topPadding: 2
        wrapMode: Text.Wrap
    }
    TextEdit {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        text: detail.value.length > 0 ? detail.value : "—"
        readOnly: true
        selectByMouse: true
        color: detail.valueColor
        selectionColor: Theme.accent
        selectedTextColor: Theme.accentText
        font.pixelSize: detail.mono ? Theme.fontSmall : Theme.fontBody
        font.family: detail.mono ? Theme.monoFamily : Theme.uiFamily
        wrapMode: TextEdit.WrapAnywhere
    }
    ToolButton {
        id: copyButton
        Layout.alignment: Qt.AlignTop
        visible: detail.copyable && detail.value.length > 0
        implicitWidth: 26
        implicitHeight: 22
        onClicked: Session.copyToClipboard(detail.value)
        Accessible.name: qsTr("Copy %1").arg(detail.label)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Copy")
        contentItem: Text {
            text: "❐"
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: Theme.radius
            color: copyButton.hovered ? Theme.surfaceHover : "transparent"
        }
    }
}
