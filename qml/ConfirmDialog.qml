import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Asks before a risky action. Enter confirms, Escape cancels. With `inputRequired`, the action
// needs a text (a reason, a note) before it can be confirmed.
Dialog {
    id: dialog

    property string message
    property string confirmText: qsTr("Confirm")
    property string cancelText: qsTr("Cancel")
    property bool destructive: false
    property bool inputVisible: false
    property bool inputRequired: false
    property string inputLabel
    property string inputPlaceholder
    property alias inputText: field.text
    property alias inputEchoMode: field.echoMode // TextInput.Password for secrets
    readonly property bool canAccept: !inputRequired || field.text.trim().length > 0

    function ask() {
        field.text = ""
        open()
    }

    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: 460
    padding: Theme.spacingLarge
    topPadding: Theme.spacing

    onOpened: (dialog.inputVisible || dialog.inputRequired) ? field.forceActiveFocus() : confirmButton.forceActiveFocus()

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusLarge
        border.color: Theme.border
    }

    Overlay.modal: Rectangle {
        color: Theme.scrim
    }

    header: Text {
        text: dialog.title
        color: dialog.destructive ? Theme.danger : Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            objectName: "confirmMessage"
            Layout.fillWidth: true
            text: dialog.message
            visible: text.length > 0
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            lineHeight: 1.15
        }

        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: dialog.inputVisible || dialog.inputRequired
            text: dialog.inputLabel + (dialog.inputRequired ? " *" : "")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }

        NTextField {
            id: field
            objectName: "confirmInput"
            Layout.fillWidth: true
            visible: dialog.inputVisible || dialog.inputRequired
            placeholderText: dialog.inputPlaceholder
            onAccepted: if (dialog.canAccept) dialog.accept()
        }
    }

    footer: RowLayout {
        spacing: Theme.spacing

        Item { Layout.fillWidth: true }

        NButton {
            objectName: "confirmCancel"
            Layout.bottomMargin: Theme.spacingLarge
            text: dialog.cancelText
            variant: "ghost"
            onClicked: dialog.reject()
        }

        NButton {
            id: confirmButton
            objectName: "confirmAccept"
            Layout.rightMargin: Theme.spacingLarge
            Layout.bottomMargin: Theme.spacingLarge
            text: dialog.confirmText
            variant: dialog.destructive ? "danger" : "primary"
            enabled: dialog.canAccept
            onClicked: dialog.accept()
        }
    }
}
