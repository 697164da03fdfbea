import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Receive: the account's ICRC-1 text with copy and its QR code; any subaccount number.
Dialog {
    id: dialog

    property string account

    function openFor(selected) {
        dialog.account = selected.account || Wallet.accountForSubaccount(0)
        subField.text = ""
        open()
    }

    title: qsTr("Receive")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 460
    padding: Theme.spacingLarge
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

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

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Share this account. Any ICRC-1 wallet can pay to it; the QR code holds the same text.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 232
            Layout.preferredHeight: 232
            color: "#ffffff"
            radius: Theme.radius
            border.color: Theme.border
            QrCode {
                id: qr
                objectName: "receiveQr"
                anchors.fill: parent
                anchors.margins: 6
                text: dialog.account
            }
        }

        Text {
            Layout.fillWidth: true
            text: dialog.account
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
            wrapMode: Text.WrapAnywhere
            horizontalAlignment: Text.AlignHCenter
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            FieldLabel {
                text: qsTr("Subaccount no.")
            }
            NTextField {
                id: subField
                objectName: "subaccountField"
                Layout.preferredWidth: 90
                placeholderText: "0"
                validator: IntValidator { bottom: 0; top: 2147483647 }
                onTextEdited: dialog.account = Wallet.accountForSubaccount(text.length > 0 ? parseInt(text) : 0)
            }
            Item { Layout.fillWidth: true }
            NButton {
                objectName: "copyAccountButton"
                text: qsTr("Copy")
                variant: "primary"
                onClicked: {
                    Session.copyToClipboard(dialog.account)
                    Session.notify(qsTr("Account copied."))
                }
            }
            NButton {
                text: qsTr("Close")
                onClicked: dialog.close()
            }
        }
    }
}
