import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Wallets: the active identity's accounts with balances and their fiat value, sending and
// receiving, the transaction history with labels and CSV export, and ICRC-2 approvals.
Rectangle {
    id: panel

    color: Theme.background

    Component.onCompleted: Wallet.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            large: true
            title: qsTr("Wallets")
            subtitle: Wallet.accounts.length === 0
                      ? (Wallet.loading ? qsTr("Loading…") : qsTr("No accounts yet"))
                      : qsTr("%1 %2 in %n account(s)", "", Wallet.accounts.length).arg(Wallet.totalFiatText).arg(Wallet.fiat)

            NComboBox {
                objectName: "fiatCombo"
                Layout.preferredWidth: 90
                model: Wallet.fiatOptions
                currentIndex: Wallet.fiatIndex
                onActivated: Wallet.fiat = currentValue
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Currency for values (from the price oracle)")
            }
            NButton {
                objectName: "receiveButton"
                text: qsTr("Receive")
                enabled: Wallet.selectedAccount.length > 0
                onClicked: receiveDialog.openFor(Wallet.selected)
            }
            NButton {
                objectName: "sendButton"
                text: qsTr("Send…")
                variant: "primary"
                enabled: Wallet.selectedAccount.length > 0 && !Session.emergency
                onClicked: sendDialog.openFresh()
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            title: Wallet.error.title
            cause: Wallet.error.cause
            hint: Wallet.error.hint
            onDismissed: Wallet.error.clear()
        }

        Text {
            Layout.fillWidth: true
            visible: Wallet.fiatNote.length > 0
            text: Wallet.fiatNote
            color: Theme.warningOnSoft
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingLarge

            WalletAccountList {
                Layout.preferredWidth: 300
                Layout.fillHeight: true
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing

                WalletBalances {
                    Layout.fillWidth: true
                }

                TabBar {
                    id: tabBar
                    objectName: "walletTabs"
                    Layout.fillWidth: true
                    spacing: 2
                    background: Rectangle {
                        color: "transparent"
                        Rectangle {
                            anchors.bottom: parent.bottom
                            width: parent.width
                            height: 1
                            color: Theme.border
                        }
                    }
                    NTabButton {
                        text: qsTr("History")
                    }
                    NTabButton {
                        text: qsTr("Approvals (%1)").arg(Wallet.approvalsGiven.length + Wallet.approvalsReceived.length)
                    }
                }

                StackLayout {
                    currentIndex: tabBar.currentIndex
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    WalletHistory {}
                    WalletApprovals {}
                }
            }
        }
    }

    SendDialog {
        id: sendDialog
    }

    ConfirmDialog {
        id: labelDialog
        objectName: "labelDialog"
        property string type
        property string ref
        title: type === "tx" ? qsTr("Label transaction %1").arg(ref) : qsTr("Label account")
        message: qsTr("A label is private to you. Leave it empty to remove it.")
        inputVisible: true
        inputLabel: qsTr("Label")
        inputPlaceholder: qsTr("e.g. Rent for the Sky Isle")
        confirmText: qsTr("Save")
        onAccepted: Wallet.setLabel(type, ref, inputText)
    }

    ConfirmDialog {
        id: revokeDialog
        property string asset
        property string spender
        title: qsTr("Revoke this approval?")
        message: qsTr("%1 will no longer be able to spend %2 from this account. This sets the allowance to 0 with an ICRC-2 approve (fee applies).").arg(spender).arg(asset)
        confirmText: qsTr("Revoke")
        destructive: true
        onAccepted: Wallet.revoke(asset, spender)
    }

    Connections {
        target: Wallet
        function onLabelEditRequested(type: string, ref: string, current: string) {
            labelDialog.type = type
            labelDialog.ref = ref
            labelDialog.ask()
            labelDialog.inputText = current
        }
        function onRevokeRequested(asset: string, spender: string) {
            revokeDialog.asset = asset
            revokeDialog.spender = spender
            revokeDialog.ask()
        }
    }

    ReceiveDialog {
        id: receiveDialog
    }
}
