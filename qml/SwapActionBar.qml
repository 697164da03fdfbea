import QtQuick
import QtQuick.Layouts
import Nexus

// The actions of the selected swap, in the order a swap moves through them.
RowLayout {
    id: bar

    readonly property var swap: Swaps.selected
    readonly property var can: swap.can || ({})

    spacing: Theme.spacingSmall

    SwapActionButton {
        objectName: "swapParticipate"
        swapAction: "participate"
        decision: bar.can.participate || ({})
        variant: "primary"
        text: qsTr("Participate")
    }
    SwapActionButton {
        objectName: "swapRedeem"
        swapAction: "redeem"
        decision: bar.can.redeem || ({})
        variant: "primary"
        text: qsTr("Redeem…")
    }
    SwapActionButton {
        objectName: "swapApprove"
        swapAction: "approve"
        decision: bar.can.approve || ({})
        variant: "primary"
        text: qsTr("Approve…")
    }
    SwapActionButton {
        objectName: "swapReject"
        swapAction: "reject"
        decision: bar.can.reject || ({})
        variant: "danger"
        text: qsTr("Reject…")
    }
    SwapActionButton {
        objectName: "swapRefund"
        swapAction: "refund"
        decision: bar.can.refund || ({})
        variant: "danger"
        text: qsTr("Refund…")
    }
    SwapActionButton {
        objectName: "swapCancel"
        swapAction: "cancel"
        decision: bar.can.cancel || ({})
        variant: "danger"
        text: qsTr("Withdraw…")
    }
    SwapActionButton {
        objectName: "swapResolveRefund"
        swapAction: "resolve-refund"
        decision: bar.can.resolve || ({})
        variant: "danger"
        text: qsTr("Resolve: refund…")
    }
    SwapActionButton {
        objectName: "swapResolveRelease"
        swapAction: "resolve-release"
        decision: bar.can.resolve || ({})
        variant: "danger"
        text: qsTr("Resolve: release…")
    }
    SwapActionButton {
        objectName: "swapDispute"
        swapAction: "dispute"
        decision: bar.can.dispute || ({})
        variant: "ghost"
        text: qsTr("Open dispute…")
    }
    Item { Layout.fillWidth: true }
}
