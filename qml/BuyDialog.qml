import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Buying a listing: a review of the price, the ledger fees, how it is paid (directly, or by an
// ICRC-2 approval the marketplace collects) and the balance after; then what happened, with
// the reason and what to do when it was refused (sold meanwhile, price changed, funds short).
Dialog {
    id: dialog

    property var listingId: 0
    property var review: ({})
    readonly property bool reviewed: review.ok !== undefined
    property string payment: "direct"
    property int step: 0 // 0 review, 1 result
    property bool resultOk: false
    property string resultTitle
    property string resultDetail
    readonly property bool enough: payment === "direct" ? review.enoughDirect === true : review.enoughAllowance === true

    function openFor(id: var) {
        listingId = id
        review = {}
        payment = "direct"
        step = 0
        open()
        Market.reviewBuy(id)
    }

    title: step === 0 ? qsTr("Review your purchase") : (resultOk ? qsTr("Bought") : qsTr("Not bought"))
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 520
    padding: Theme.spacingLarge
    closePolicy: Market.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

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
        color: dialog.step === 1 && !dialog.resultOk ? Theme.danger : Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        leftPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
    }

    Connections {
        target: Market
        function onBuyReviewReady(review: var) {
            if (review.listingId === undefined || review.listingId === dialog.listingId)
                dialog.review = review
        }
        function onBuyFinished(ok: bool, message: string, hint: string) {
            dialog.resultOk = ok
            dialog.resultTitle = message
            dialog.resultDetail = ok ? qsTr("The token is in your wallet's collection; the listing is closed.") : hint
            dialog.step = 1
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: dialog.step

        // 0: review
        ColumnLayout {
            spacing: Theme.spacingSmall

            Text {
                objectName: "buyChecking"
                visible: !dialog.reviewed
                text: qsTr("Checking the listing and your balance…")
                color: Theme.textMuted
            }
            Text {
                objectName: "buyRefused"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontBody * 4
                visible: dialog.reviewed && !dialog.review.ok
                text: dialog.reviewed && !dialog.review.ok ? dialog.review.message + "\n" + (dialog.review.hint || "") : ""
                color: Theme.danger
                wrapMode: Text.Wrap
            }
            DetailRow {
                Layout.fillWidth: true
                visible: dialog.review.ok === true
                label: qsTr("Listing")
                value: dialog.review.ok === true ? qsTr("%1 (%2 #%3)").arg(dialog.review.title).arg(dialog.review.collection).arg(dialog.review.tokenId) : ""
            }
            DetailRow {
                Layout.fillWidth: true
                visible: dialog.review.ok === true
                label: qsTr("Seller")
                value: dialog.review.ok === true ? dialog.review.sellerShort : ""
            }
            DetailRow {
                objectName: "buyPrice"
                Layout.fillWidth: true
                visible: dialog.review.ok === true
                label: qsTr("Price")
                value: dialog.review.ok === true ? dialog.review.priceText + " " + dialog.review.asset : ""
            }

            FieldLabel {
                visible: dialog.review.ok === true
                text: qsTr("Pay")
            }
            NRadioButton {
                objectName: "buyDirect"
                visible: dialog.review.ok === true
                text: qsTr("Directly from my account (2 ledger transfers)")
                checked: dialog.payment === "direct"
                onClicked: dialog.payment = "direct"
            }
            NRadioButton {
                objectName: "buyAllowance"
                visible: dialog.review.ok === true
                text: qsTr("By ICRC-2 approval: approve the marketplace, it collects")
                checked: dialog.payment === "allowance"
                onClicked: dialog.payment = "allowance"
            }
            DetailRow {
                Layout.fillWidth: true
                visible: dialog.review.ok === true
                label: qsTr("Ledger fees")
                value: dialog.review.ok !== true ? ""
                       : dialog.payment === "direct" ? qsTr("2 × %1 %2").arg(dialog.review.feeText).arg(dialog.review.asset)
                                                     : qsTr("3 × %1 %2 (approve + 2 transfers)").arg(dialog.review.feeText).arg(dialog.review.asset)
            }
            DetailRow {
                objectName: "buyTotal"
                Layout.fillWidth: true
                visible: dialog.review.ok === true
                label: qsTr("You pay")
                value: dialog.review.ok !== true ? "" : (dialog.payment === "direct" ? dialog.review.directTotalText : dialog.review.allowanceTotalText) + " " + dialog.review.asset
            }
            DetailRow {
                objectName: "buyBalanceAfter"
                Layout.fillWidth: true
                visible: dialog.review.ok === true
                label: qsTr("Balance after")
                value: dialog.review.ok !== true ? ""
                       : dialog.enough ? (dialog.payment === "direct" ? dialog.review.directAfterText : dialog.review.allowanceAfterText) + " " + dialog.review.asset
                                       : qsTr("Not enough: you have %1 %2").arg(dialog.review.balanceText).arg(dialog.review.asset)
                valueColor: dialog.enough ? Theme.text : Theme.danger
            }
            Text {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontSmall * 2.8
                visible: dialog.review.ok === true
                text: qsTr("The sale fee is taken from the seller's side. The purchase is one transaction: if anything fails, nothing is paid.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Item { Layout.fillWidth: true }
                NButton {
                    text: qsTr("Cancel")
                    enabled: !Market.busy
                    onClicked: dialog.close()
                }
                NButton {
                    objectName: "buyConfirm"
                    text: Market.busy ? qsTr("Buying…") : dialog.review.ok === true ? qsTr("Buy for %1 %2").arg(dialog.review.priceText).arg(dialog.review.asset) : qsTr("Buy")
                    variant: "primary"
                    enabled: dialog.review.ok === true && dialog.enough && !Market.busy && !Session.emergency
                    onClicked: Market.buy(dialog.listingId, dialog.payment, dialog.review.price)
                }
            }
        }

        // 1: result
        ColumnLayout {
            spacing: Theme.spacing
            Text {
                objectName: "buyResult"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontLarge * 3
                text: dialog.step === 1 ? dialog.resultTitle : ""
                color: dialog.resultOk ? Theme.success : Theme.danger
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "buyResultHint"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontBody * 3
                text: dialog.step === 1 ? dialog.resultDetail : ""
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                NButton {
                    visible: !dialog.resultOk
                    text: qsTr("Review again")
                    onClicked: dialog.openFor(dialog.listingId)
                }
                NButton {
                    objectName: "buyDone"
                    text: qsTr("Done")
                    variant: "primary"
                    onClicked: dialog.close()
                }
            }
        }
    }
}
