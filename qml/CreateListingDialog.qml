import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Listing a token: which of your tokens, the price in any ledger asset, title, description and
// tags; the listing fee and sale fee quoted as you type (with your volume discount), a review,
// then the listing number or what to do.
Dialog {
    id: dialog

    property int step: 0 // 0 form, 1 review, 2 result
    property string asset: "ICP"
    property var quote: ({})
    readonly property var token: tokenCombo.currentIndex >= 0 && tokenCombo.currentIndex < Market.myTokens.length
                                 ? Market.myTokens[tokenCombo.currentIndex] : null
    readonly property var priceCheck: Market.checkPrice(priceField.text, asset)
    readonly property bool canReview: token !== null && priceCheck.ok === true && quote.ok === true
    property bool resultOk: false
    property string resultTitle
    property string resultDetail

    function openFresh() {
        step = 0
        priceField.text = ""
        titleField.text = ""
        descriptionField.text = ""
        tagsField.text = ""
        quote = {}
        Market.loadMyTokens()
        open()
    }
    function requote() {
        if (priceCheck.ok === true)
            Market.quoteFees(asset, priceField.text)
        else
            quote = {}
    }

    title: step === 0 ? qsTr("List a token for sale") : step === 1 ? qsTr("Review the listing") : (resultOk ? qsTr("Listed") : qsTr("Not listed"))
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 540
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
        color: dialog.step === 2 && !dialog.resultOk ? Theme.danger : Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        leftPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
    }

    Connections {
        target: Market
        function onFeesQuoted(quote: var) {
            dialog.quote = quote
        }
        function onActionFinished(action: string, ok: bool, message: string, hint: string) {
            if (action !== "create" || !dialog.opened)
                return
            dialog.resultOk = ok
            dialog.resultTitle = message
            dialog.resultDetail = ok ? qsTr("It is in search results now, and under My listings; the token stays locked until it sells or you cancel.") : hint
            dialog.step = 2
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: dialog.step

        // 0: form
        ColumnLayout {
            spacing: Theme.spacingSmall

            FieldLabel { text: qsTr("Token") }
            NComboBox {
                id: tokenCombo
                objectName: "createToken"
                Layout.fillWidth: true
                model: Market.myTokens
                displayText: Market.myTokens.length === 0 ? qsTr("You hold no unlisted tokens") : currentText
                enabled: Market.myTokens.length > 0
                onActivated: if (dialog.token && titleField.text.length === 0) titleField.text = dialog.token.name
            }

            FieldLabel { text: qsTr("Price") }
            RowLayout {
                Layout.fillWidth: true
                NTextField {
                    id: priceField
                    objectName: "createPrice"
                    Layout.fillWidth: true
                    mono: true
                    placeholderText: "0.0"
                    invalid: text.length > 0 && !dialog.priceCheck.ok
                    onTextEdited: dialog.requote()
                }
                NComboBox {
                    objectName: "createAsset"
                    Layout.preferredWidth: 110
                    model: Market.assetChoices
                    currentIndex: Math.max(0, indexOfValue(dialog.asset))
                    onActivated: {
                        dialog.asset = currentValue
                        dialog.requote()
                    }
                }
            }
            Text {
                objectName: "createFees"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontSmall * 2.8
                text: priceField.text.length > 0 && !dialog.priceCheck.ok ? dialog.priceCheck.message
                      : dialog.quote.ok === true
                        ? qsTr("Listing fee %1 %4 now · sale fee %2 %4 · you receive %3 %4%5").arg(dialog.quote.listingFeeText).arg(dialog.quote.saleFeeText)
                              .arg(dialog.quote.receivesText).arg(dialog.asset)
                              .arg(dialog.quote.discountBps > 0 ? qsTr(" (volume discount %1 %)").arg(dialog.quote.discountBps / 100) : "")
                        : dialog.quote.message || qsTr("Fees are quoted once you enter a price.")
                color: priceField.text.length > 0 && !dialog.priceCheck.ok ? Theme.danger : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }

            FieldLabel { text: qsTr("Title (optional: the token's name)") }
            NTextField {
                id: titleField
                objectName: "createTitle"
                Layout.fillWidth: true
                maximumLength: 120
            }
            FieldLabel { text: qsTr("Description (optional)") }
            NTextField {
                id: descriptionField
                objectName: "createDescription"
                Layout.fillWidth: true
                maximumLength: 500
            }
            FieldLabel { text: qsTr("Tags (comma separated)") }
            NTextField {
                id: tagsField
                objectName: "createTags"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. island, rare, night")
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
                    objectName: "createReview"
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
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("Token")
                value: dialog.step !== 1 || !dialog.token ? "" : dialog.token.text
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("Price")
                value: dialog.step !== 1 ? "" : priceField.text + " " + dialog.asset
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("Listing fee (now)")
                value: dialog.step !== 1 ? "" : dialog.quote.listingFeeText + " " + dialog.asset
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("Sale fee (on sale)")
                value: dialog.step !== 1 ? "" : dialog.quote.saleFeeText + " " + dialog.asset
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("You receive")
                value: dialog.step !== 1 ? "" : dialog.quote.receivesText + " " + dialog.asset
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("Title")
                value: dialog.step !== 1 ? "" : (titleField.text.length > 0 ? titleField.text : qsTr("(the token's name)"))
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Item { Layout.fillWidth: true }
                NButton {
                    text: qsTr("Back")
                    enabled: !Market.busy
                    onClicked: dialog.step = 0
                }
                NButton {
                    objectName: "createConfirm"
                    text: Market.busy ? qsTr("Listing…") : qsTr("List for %1 %2").arg(priceField.text).arg(dialog.asset)
                    variant: "primary"
                    enabled: !Market.busy
                    onClicked: Market.createListing(dialog.token.collection, dialog.token.tokenId, dialog.asset, priceField.text,
                                                    titleField.text, descriptionField.text, tagsField.text)
                }
            }
        }

        // 2: result
        ColumnLayout {
            spacing: Theme.spacing
            Text {
                objectName: "createResult"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontLarge * 3
                text: dialog.step === 2 ? dialog.resultTitle : ""
                color: dialog.resultOk ? Theme.success : Theme.danger
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontBody * 3
                text: dialog.step === 2 ? dialog.resultDetail : ""
                color: Theme.textMuted
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
                    objectName: "createDone"
                    text: qsTr("Done")
                    variant: "primary"
                    onClicked: dialog.close()
                }
            }
        }
    }
}
