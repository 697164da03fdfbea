import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Redeem with the secret: typed or pasted by the initiator (from the wizard's one showing), or
// filled in for the participant from the secret the initiator's redeem revealed. Redeem is enabled
// only while the text is 64 hex digits whose SHA-256 is the swap's hashlock.
Dialog {
    id: dialog

    property double swapId: 0
    property string hashlock
    property string role
    property string takeText
    property string extractError
    readonly property var check: Swaps.checkSecret(secretField.text, hashlock)

    function openFor(swap: var) {
        swapId = swap.id
        hashlock = swap.hashlock
        role = swap.role
        takeText = role === "initiator" ? swap.getText : swap.giveText
        extractError = ""
        secretField.text = ""
        open()
        if (role === "participant")
            Swaps.extractSecret() // the initiator revealed it by redeeming
    }

    title: qsTr("Redeem swap #%1").arg(swapId)
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 560
    padding: Theme.spacingLarge
    closePolicy: Swaps.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    onOpened: secretField.forceActiveFocus()
    onClosed: secretField.text = ""

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
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        leftPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
    }

    Connections {
        target: Swaps
        function onSecretExtracted(id: double, secret: string, message: string) {
            if (!dialog.visible || id !== dialog.swapId)
                return
            if (secret.length > 0)
                secretField.text = secret
            else
                dialog.extractError = message
        }
        function onActionFinished(ok: bool, action: string, message: string, hint: string) {
            if (dialog.visible && ok && action === "redeem")
                dialog.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        Text {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.fontBody * 3
            text: dialog.role === "initiator"
                  ? qsTr("You take %1 with the secret this computer showed you when you created the swap. Redeeming reveals it to the participant.").arg(dialog.takeText)
                  : qsTr("You take %1 with the secret the initiator revealed when they redeemed; it is filled in for you.").arg(dialog.takeText)
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        FieldLabel { text: qsTr("Secret (64 hex digits)") }
        NTextField {
            id: secretField
            objectName: "redeemSecret"
            Layout.fillWidth: true
            mono: true
            font.pixelSize: Theme.fontSmall
            placeholderText: qsTr("paste the secret")
            invalid: text.length > 0 && !dialog.check.ok
            onAccepted: if (dialog.check.ok && !Swaps.busy) Swaps.redeem(text)
        }
        Text {
            objectName: "redeemMessage"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.fontSmall * 1.6
            text: dialog.extractError.length > 0 && secretField.text.length === 0 ? dialog.extractError : (dialog.check.message || "")
            color: dialog.check.ok ? Theme.success : Theme.danger
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        DetailRow {
            Layout.fillWidth: true
            label: qsTr("Hashlock")
            value: dialog.hashlock
            mono: true
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            Item { Layout.fillWidth: true }
            NButton {
                text: qsTr("Cancel")
                enabled: !Swaps.busy
                onClicked: dialog.close()
            }
            NButton {
                objectName: "redeemConfirm"
                text: Swaps.busy ? qsTr("Redeeming…") : qsTr("Redeem")
                variant: "primary"
                enabled: dialog.check.ok && !Swaps.busy
                onClicked: Swaps.redeem(secretField.text)
            }
        }
    }
}
