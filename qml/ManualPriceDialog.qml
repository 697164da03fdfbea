import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Serve a manual price for the selected feed until its breaker is reset: the price and a reason
// for the audit log, validated as typed. Enter confirms, Escape cancels.
Dialog {
    id: dialog

    readonly property var feed: Oracle.selected
    readonly property string problem: priceField.text.length > 0 ? Oracle.rateProblem(priceField.text) : ""
    readonly property bool canAccept: priceField.text.length > 0 && problem.length === 0 && reasonField.text.trim().length > 0

    function ask() {
        priceField.text = ""
        reasonField.text = ""
        open()
    }

    title: qsTr("Set a manual %1 price").arg(feed.pair ?? "")
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: 480
    padding: Theme.spacingLarge
    topPadding: Theme.spacing

    onOpened: priceField.forceActiveFocus()
    onAccepted: Oracle.setManualPrice(priceField.text, reasonField.text)

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
        wrapMode: Text.Wrap
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Conversions with %1 use this price instead of the sources' until someone resets the breaker. The change and your reason are audited.")
                      .arg(dialog.feed.pair ?? "")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            lineHeight: 1.15
        }

        Text {
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("Price in %1 per %2 *").arg(dialog.feed.quote ?? "").arg(dialog.feed.base ?? "")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        NTextField {
            id: priceField
            objectName: "manualPriceInput"
            Layout.fillWidth: true
            mono: true
            invalid: dialog.problem.length > 0
            placeholderText: (dialog.feed.rate ?? "").length > 0 ? qsTr("Last published: %1").arg(dialog.feed.rate) : ""
            Accessible.name: qsTr("Manual price")
            onAccepted: reasonField.forceActiveFocus()
        }
        Text {
            Layout.fillWidth: true
            visible: dialog.problem.length > 0
            text: dialog.problem
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        Text {
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("Reason *")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        NTextField {
            id: reasonField
            objectName: "manualPriceReason"
            Layout.fillWidth: true
            placeholderText: qsTr("Where the price comes from")
            Accessible.name: qsTr("Reason")
            onAccepted: if (dialog.canAccept) dialog.accept()
        }
    }

    footer: RowLayout {
        spacing: Theme.spacing

        Item { Layout.fillWidth: true }

        NButton {
            Layout.bottomMargin: Theme.spacingLarge
            text: qsTr("Cancel")
            variant: "ghost"
            onClicked: dialog.reject()
        }

        NButton {
            objectName: "manualPriceAccept"
            Layout.rightMargin: Theme.spacingLarge
            Layout.bottomMargin: Theme.spacingLarge
            text: qsTr("Serve this price")
            variant: "primary"
            enabled: dialog.canAccept
            onClicked: dialog.accept()
        }
    }
}
