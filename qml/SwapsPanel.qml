import QtQuick
import QtQuick.Layouts
import Nexus

// Swaps: HTLC swaps by state with the selected one's timeline, timelock countdowns, history and
// the actions the active identity may take; the create-swap wizard, redeem with the secret, and
// confirmations before anything that cannot be undone.
Rectangle {
    id: panel

    color: Theme.background

    Component.onCompleted: Swaps.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            large: true
            title: qsTr("Swaps")
            subtitle: Swaps.loading && Swaps.total === 0 ? qsTr("Loading…")
                    : qsTr("%n swap(s) in this view · atomic swaps with a hashlock and a timelock (HTLC)", "", Swaps.total)

            NButton {
                objectName: "newSwapButton"
                text: qsTr("New swap…")
                variant: "primary"
                enabled: Session.hasCaller && !Session.emergency
                onClicked: wizard.openFresh()
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            title: Swaps.error.title
            cause: Swaps.error.cause
            hint: Swaps.error.hint
            onDismissed: Swaps.error.clear()
        }

        SwapFilterBar {
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingLarge

            SwapList {
                Layout.preferredWidth: 400
                Layout.fillHeight: true
            }

            SwapDetail {
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }

    SwapWizard {
        id: wizard
        objectName: "swapWizard"
    }

    RedeemDialog {
        id: redeemDialog
        objectName: "redeemDialog"
    }

    // One confirmation for every action that cannot be undone (and for approvals, which need a note).
    ConfirmDialog {
        id: confirm
        objectName: "swapConfirm"
        property string action
        readonly property var swap: Swaps.selected
        readonly property string swapText: qsTr("swap %1 (%2 for %3)").arg(Swaps.selectedId)
                                                .arg(swap.giveText || "").arg(swap.getText || "")
        title: action === "refund" ? qsTr("Refund this swap?")
             : action === "dispute" ? qsTr("Open a dispute?")
             : action === "cancel" ? qsTr("Withdraw this swap?")
             : action === "reject" ? qsTr("Reject this swap?")
             : action === "approve" ? qsTr("Approve this swap?")
             : action === "resolve-refund" ? qsTr("Resolve: refund both sides?")
             : action === "resolve-release" ? qsTr("Resolve: release to the counterparties?")
             : ""
        message: action === "refund" ? qsTr("Every leg of %1 whose timelock has passed goes back to its owner. The swap cannot continue afterwards.").arg(swapText)
               : action === "dispute" ? qsTr("%1 is frozen until an admin resolves it: nobody can redeem or refund meanwhile, and timelocks stop acting.").arg(swapText)
               : action === "cancel" ? qsTr("%1 ends before anything is locked. Start a new swap to try again.").arg(swapText)
               : action === "reject" ? qsTr("%1 is refused and ends; nothing was locked. The initiator sees your reason.").arg(swapText)
               : action === "approve" ? qsTr("Your approval counts towards %1. The last approval needed locks the initiator's funds.").arg(swap.approvalText || "")
               : action === "resolve-refund" ? qsTr("Each locked leg of %1 returns to its owner. This ends the swap.").arg(swapText)
               : action === "resolve-release" ? qsTr("Each locked leg of %1 is paid to its counterparty, as if both had redeemed. This ends the swap.").arg(swapText)
               : ""
        destructive: action !== "approve"
        inputVisible: action !== "refund"
        inputRequired: action === "dispute" || action === "reject" || action.startsWith("resolve")
        inputLabel: action === "approve" ? qsTr("Note (optional)") : qsTr("Reason")
        inputPlaceholder: action === "dispute" ? qsTr("What went wrong, for the admin who resolves it") : ""
        confirmText: action === "refund" ? qsTr("Refund")
                   : action === "dispute" ? qsTr("Open dispute")
                   : action === "cancel" ? qsTr("Withdraw")
                   : action === "reject" ? qsTr("Reject")
                   : action === "approve" ? qsTr("Approve")
                   : qsTr("Resolve")
        onAccepted: {
            switch (action) {
            case "refund": Swaps.refund(); break
            case "dispute": Swaps.openDispute(inputText); break
            case "cancel": Swaps.cancel(inputText); break
            case "reject": Swaps.reject(inputText); break
            case "approve": Swaps.approve(inputText); break
            case "resolve-refund": Swaps.resolve("refund", inputText); break
            case "resolve-release": Swaps.resolve("release", inputText); break
            }
        }
    }

    Connections {
        target: Swaps
        function onActionRequested(action: string) {
            if (action === "participate") {
                Swaps.participate()
            } else if (action === "redeem") {
                redeemDialog.openFor(Swaps.selected)
            } else {
                confirm.action = action
                confirm.ask()
            }
        }
    }
}
