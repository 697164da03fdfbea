import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Send: recipient checked as you type (principal or ICRC-1 account, checksum errors shown),
// amount in decimals with Max, the fee, a review step, then the block index or what went wrong.
Dialog {
    id: dialog

    property int step: 0 // 0 form, 1 review, 2 result
    property string asset: Wallet.assets.length > 0 ? Wallet.assets[0].symbol : ""
    readonly property var recipientCheck: Wallet.checkRecipient(toField.text)
    readonly property var amountCheck: Wallet.checkAmount(amountField.text, dialog.asset)
    readonly property bool canReview: recipientCheck.ok && amountCheck.ok && !recipientCheck.own
    property bool resultOk: false
    property string resultTitle
    property string resultDetail

    function openFresh() {
        step = 0
        toField.text = ""
        amountField.text = ""
        memoField.text = ""
        open()
    }

    title: step === 0 ? qsTr("Send") : step === 1 ? qsTr("Review and send") : (resultOk ? qsTr("Sent") : qsTr("Not sent"))
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 520
    padding: Theme.spacingLarge
    closePolicy: Wallet.sending ? Popup.NoAutoClose : Popup.CloseOnEscape
    onOpened: toField.forceActiveFocus()

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
        color: dialog.step === 2 && !dialog.resultOk ? Theme.danger : Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        leftPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
    }

    Connections {
        target: Wallet
        function onSendFinished(ok: bool, asset: string, blockIndex: double, message: string, hint: string) {
            dialog.resultOk = ok
            dialog.resultTitle = ok ? qsTr("%1 %2 sent.").arg(dialog.amountCheck.text || amountField.text).arg(asset) : message
            dialog.resultDetail = ok ? qsTr("Recorded in block %1:%2 of the ledger.").arg(asset).arg(blockIndex) : hint
            dialog.step = 2
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: dialog.step

        // 0: the form
        ColumnLayout {
            spacing: Theme.spacingSmall

            FieldLabel { text: qsTr("From") }
            Text {
                Layout.fillWidth: true
                text: Wallet.selectedAccount
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.family: Theme.monoFamily
                elide: Text.ElideMiddle
            }

            FieldLabel { text: qsTr("Asset") }
            NComboBox {
                id: assetCombo
                objectName: "sendAsset"
                Layout.fillWidth: true
                model: Wallet.assetOptions
                textRole: "balanceText"
                currentIndex: Math.max(0, Wallet.assetIndex(dialog.asset))
                onActivated: dialog.asset = currentValue
            }

            FieldLabel { text: qsTr("To (principal or ICRC-1 account)") }
            NTextField {
                id: toField
                objectName: "sendTo"
                Layout.fillWidth: true
                mono: true
                placeholderText: "xxxxx-xxxxx-…-cai  or  owner-checksum.subaccount"
                invalid: text.length > 0 && (!dialog.recipientCheck.ok || dialog.recipientCheck.own)
            }
            Text {
                objectName: "sendToMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                // A fixed two-line height: a wrapped text whose height follows its width would
                // make the dialog's layout chase itself (a polish loop) as the message changes.
                Layout.preferredHeight: Theme.fontSmall * 2.8
                text: dialog.recipientCheck.message || ""
                color: dialog.recipientCheck.ok && !dialog.recipientCheck.own ? Theme.success : Theme.danger
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }

            FieldLabel { text: qsTr("Amount") }
            RowLayout {
                Layout.fillWidth: true
                NTextField {
                    id: amountField
                    objectName: "sendAmount"
                    Layout.fillWidth: true
                    mono: true
                    placeholderText: "0.0"
                    invalid: text.length > 0 && !dialog.amountCheck.ok
                }
                NButton {
                    objectName: "sendMax"
                    text: qsTr("Max")
                    onClicked: amountField.text = Wallet.maxAmountText(dialog.asset)
                }
            }
            Text {
                objectName: "sendAmountMessage"
                Layout.fillWidth: true
                text: amountField.text.length > 0 && !dialog.amountCheck.ok
                      ? dialog.amountCheck.message
                      : qsTr("Fee %1 %2%3").arg(Wallet.feeText(dialog.asset)).arg(dialog.asset)
                            .arg(dialog.amountCheck.ok && Wallet.fiatValue(dialog.asset, dialog.amountCheck.units).length > 0
                                 ? qsTr(" · worth ≈ %1").arg(Wallet.fiatValue(dialog.asset, dialog.amountCheck.units)) : "")
                color: amountField.text.length > 0 && !dialog.amountCheck.ok ? Theme.danger : Theme.textMuted
                Layout.preferredHeight: Theme.fontSmall * 2.8 // fixed, as above
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }

            FieldLabel { text: qsTr("Memo (optional, up to 32 bytes)") }
            NTextField {
                id: memoField
                objectName: "sendMemo"
                Layout.fillWidth: true
                maximumLength: 32
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Item { Layout.fillWidth: true }
                NButton {
                    text: qsTr("Cancel")
                    onClicked: dialog.close()
                }
                NButton {
                    objectName: "sendReview"
                    text: qsTr("Review…")
                    variant: "primary"
                    enabled: dialog.canReview
                    onClicked: dialog.step = 1
                }
            }
        }

        // 1: review
        ColumnLayout {
            spacing: Theme.spacingSmall
            // Fixed rows, not a Repeater: Qt 6.4's StackLayout keeps size hints of items a Repeater
            // has since destroyed and crashed when the step changed. Values are bound only while
            // this step shows: wrapped text changing on a hidden page made the layout loop.
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("From")
                value: dialog.step !== 1 ? "" : Wallet.selectedAccount
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("To")
                value: dialog.step !== 1 ? "" : (dialog.recipientCheck.account || "") + (dialog.recipientCheck.message ? "\n" + dialog.recipientCheck.message : "")
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("Amount")
                value: dialog.step !== 1 ? "" : (dialog.amountCheck.text || "") + " " + dialog.asset
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("Fee")
                value: dialog.step !== 1 ? "" : Wallet.feeText(dialog.asset) + " " + dialog.asset
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("Memo")
                value: dialog.step !== 1 ? "" : memoField.text.length > 0 ? memoField.text : "—"
            }
            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                text: qsTr("Ledger transfers cannot be undone. Check the recipient before you send.")
                color: Theme.warningOnSoft
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Item { Layout.fillWidth: true }
                NButton {
                    text: qsTr("Back")
                    enabled: !Wallet.sending
                    onClicked: dialog.step = 0
                }
                NButton {
                    objectName: "sendConfirm"
                    text: Wallet.sending ? qsTr("Sending…") : qsTr("Send %1 %2").arg(dialog.amountCheck.text || "").arg(dialog.asset)
                    variant: "primary"
                    enabled: !Wallet.sending
                    onClicked: Wallet.send(dialog.asset, toField.text, amountField.text, memoField.text)
                }
            }
        }

        // 2: result
        ColumnLayout {
            spacing: Theme.spacing
            Text {
                objectName: "sendResult"
                Layout.fillWidth: true
                text: dialog.resultTitle
                color: dialog.resultOk ? Theme.success : Theme.danger
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: dialog.resultDetail
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                NButton {
                    visible: !dialog.resultOk
                    text: qsTr("Edit and retry")
                    onClicked: dialog.step = 0
                }
                NButton {
                    objectName: "sendDone"
                    text: qsTr("Done")
                    variant: "primary"
                    onClicked: dialog.close()
                }
            }
        }
    }
}
