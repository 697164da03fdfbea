import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// The selected swap: its timeline, both legs with their countdowns, hashlock, approvals, dispute,
// the actions the active identity may take, and its history.
Card {
    id: detail

    readonly property var swap: Swaps.selected
    readonly property bool ready: swap.id !== undefined
    readonly property double leftMs: ready && swap.hasDeadline ? swap.deadlineMs - Swaps.nowMs : 0

    EmptyState {
        anchors.centerIn: parent
        visible: !detail.ready
        glyph: "⇄"
        title: qsTr("Select a swap")
        detail: qsTr("Its timeline, timelocks and the actions you can take show here.")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing
        visible: detail.ready

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Text {
                objectName: "swapTitle"
                text: detail.ready ? qsTr("Swap #%1").arg(detail.swap.id) : ""
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Chip {
                objectName: "swapState"
                text: detail.swap.stateLabel || ""
                tone: detail.swap.tone || "neutral"
                strong: true
            }
            Chip {
                visible: (detail.swap.roleLabel || "").length > 0
                text: detail.swap.roleLabel || ""
                tone: "accent"
            }
            Item { Layout.fillWidth: true }
            Text {
                objectName: "swapDeadline"
                visible: detail.ready && detail.swap.hasDeadline === true
                text: !detail.ready || detail.swap.hasDeadline !== true ? ""
                    : detail.leftMs > 0 ? detail.swap.deadlineLabel.arg(Swaps.countdown(detail.swap.deadlineMs, Swaps.nowMs))
                    : detail.swap.deadlinePassedLabel
                color: detail.leftMs > 0 && Swaps.isClose(detail.swap.deadlineMs, Swaps.nowMs) ? Theme.warning : Theme.textMuted
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
            }
        }

        SwapTimeline {
            objectName: "swapTimeline"
            Layout.fillWidth: true
            Layout.preferredHeight: 52
            model: detail.swap.timeline || []
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            SwapLeg {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                title: qsTr("Initiator's leg (T1)")
                leg: detail.swap.initiator_leg || ({})
                owner: detail.swap.initiatorName || ""
                recipient: detail.swap.participantName || ""
            }
            SwapLeg {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                title: qsTr("Participant's leg (T2)")
                leg: detail.swap.participant_leg || ({})
                owner: detail.swap.participantName || ""
                recipient: detail.swap.initiatorName || ""
            }
        }

        DetailRow {
            Layout.fillWidth: true
            label: qsTr("Hashlock")
            value: detail.swap.hashlock || ""
            mono: true
            copyable: true
        }
        DetailRow {
            Layout.fillWidth: true
            label: qsTr("Approvals")
            value: (detail.swap.approvalText || "") + ((detail.swap.approversText || "").length > 0 ? qsTr(" · by %1").arg(detail.swap.approversText) : "")
        }
        DetailRow {
            Layout.fillWidth: true
            visible: (detail.swap.disputeText || "").length > 0
            label: qsTr("Dispute")
            value: detail.swap.disputeText || ""
            valueColor: Theme.dangerOnSoft
        }
        DetailRow {
            Layout.fillWidth: true
            label: qsTr("Value")
            value: detail.swap.value_usd ? qsTr("%1 USD (%2)").arg(detail.swap.value_usd).arg(detail.swap.value_note || "") : (detail.swap.value_note || "")
        }

        SwapActionBar {
            Layout.fillWidth: true
        }

        FieldLabel {
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("History")
        }
        ListView {
            id: history
            objectName: "swapHistory"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: detail.swap.history || []
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                id: event
                required property var modelData
                width: ListView.view.width
                height: 26
                spacing: Theme.spacing
                Text {
                    Layout.preferredWidth: 140
                    text: event.modelData.time
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.monoFamily
                }
                Text {
                    Layout.preferredWidth: 200
                    text: event.modelData.label
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Text {
                    Layout.preferredWidth: 90
                    text: event.modelData.actor
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: event.modelData.detail
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
        }
    }
}
