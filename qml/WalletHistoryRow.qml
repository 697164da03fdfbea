import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// One ledger block in the history: time, type, counterparty (or its label), memo, the signed
// change, fee, running balance and the value at the time.
ItemDelegate {
    id: row

    required property int index
    required property string ref
    required property string asset
    required property string type
    required property string counterparty
    required property string counterpartyLabel
    required property string delta
    required property bool incoming
    required property string fee
    required property string memo
    required property string time
    required property string balance
    required property string fiat
    required property string fiatError
    required property string label
    readonly property var widths: Theme.walletColumns

    // Up to 8 decimals in the table (ckETH has 18); a cut amount ends in "…" and the tooltip
    // gives it in full.
    function shortAmount(text: string): string {
        const dot = text.indexOf(".")
        return dot < 0 || text.length - dot - 1 <= 8 ? text : text.substring(0, dot + 9) + "…"
    }
    readonly property string deltaShort: shortAmount(row.delta)
    readonly property string balanceShort: shortAmount(row.balance)
    readonly property bool cut: deltaShort !== row.delta || balanceShort !== row.balance

    height: 44
    onClicked: Wallet.requestLabel("tx", row.ref)
    ToolTip.visible: hovered && (row.fiatError.length > 0 || row.cut)
    ToolTip.text: row.fiatError.length > 0 ? row.fiatError
                                           : qsTr("Change %1 %2 · balance %3 %2").arg(row.delta).arg(row.asset).arg(row.balance)
    ToolTip.delay: 600

    readonly property string typeText: ({ transfer: qsTr("Transfer"), transfer_from: qsTr("By approval"), approve: qsTr("Approval"),
                                          mint: qsTr("Mint"), burn: qsTr("Burn") })[row.type] || row.type
    readonly property string typeTone: ({ transfer: "accent", transfer_from: "info", approve: "neutral", mint: "success", burn: "warning" })[row.type] || "neutral"

    background: Rectangle {
        color: row.hovered ? Theme.surfaceHover : (row.index % 2 ? Theme.surfaceAlt : "transparent")
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Text {
            Layout.preferredWidth: row.widths.time
            text: row.time
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
            elide: Text.ElideRight
        }
        Item {
            Layout.preferredWidth: row.widths.type
            Layout.fillHeight: true
            Chip {
                anchors.verticalCenter: parent.verticalCenter
                text: row.typeText
                tone: row.typeTone
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: row.counterpartyLabel.length > 0 ? row.counterpartyLabel
                      : row.counterparty.length > 0 ? (Session.identityName(row.counterparty) || row.counterparty)
                      : (row.type === "mint" ? qsTr("Minting account") : row.type === "burn" ? qsTr("Burned") : "—")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.family: row.counterpartyLabel.length > 0 || Session.identityName(row.counterparty).length > 0 ? Theme.uiFamily : Theme.monoFamily
                elide: Text.ElideMiddle
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.label.length > 0 && row.memo.length > 0 ? "🏷 " + row.label + " · " + row.memo
                      : row.label.length > 0 ? "🏷 " + row.label : row.memo
                color: row.label.length > 0 ? Theme.accentOnSoft : Theme.textFaint
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        Text {
            Layout.preferredWidth: row.widths.change
            horizontalAlignment: Text.AlignRight
            text: row.deltaShort + " " + row.asset
            color: row.incoming ? Theme.success : row.delta.startsWith("-") ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.fontBody
            font.family: Theme.monoFamily
            elide: Text.ElideLeft
        }
        Text {
            Layout.preferredWidth: row.widths.fee
            horizontalAlignment: Text.AlignRight
            text: row.fee === "0" ? "—" : row.shortAmount(row.fee)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
            elide: Text.ElideLeft
        }
        Text {
            Layout.preferredWidth: row.widths.balance
            horizontalAlignment: Text.AlignRight
            text: row.balanceShort
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
            elide: Text.ElideLeft
        }
        Text {
            Layout.preferredWidth: row.widths.fiat
            horizontalAlignment: Text.AlignRight
            text: row.fiat.length > 0 ? row.fiat : "—"
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
            elide: Text.ElideLeft
        }
    }
}
