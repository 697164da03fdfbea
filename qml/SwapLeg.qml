import QtQuick
import QtQuick.Layouts
import Nexus

// One leg of a swap: who locks what for whom, its state, and the countdown to its timelock.
Rectangle {
    id: legBox

    property string title
    property var leg: ({})
    property string owner
    property string recipient
    readonly property bool hasTimelock: leg.deadlineMs !== undefined
    readonly property double leftMs: hasTimelock ? leg.deadlineMs - Swaps.nowMs : 0
    readonly property bool close: hasTimelock && leftMs > 0 && Swaps.isClose(leg.deadlineMs, Swaps.nowMs)

    implicitHeight: 104
    radius: Theme.radius
    color: Theme.surfaceAlt
    border.color: close ? Theme.warning : Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 3

        RowLayout {
            Layout.fillWidth: true
            FieldLabel {
                Layout.fillWidth: true
                text: legBox.title
                elide: Text.ElideRight
            }
            Chip {
                text: legBox.leg.stateLabel || ""
                tone: legBox.leg.state === "locked" ? "accent" : legBox.leg.state === "redeemed" ? "success"
                    : legBox.leg.state === "refunded" ? "warning" : "neutral"
            }
        }
        Text {
            Layout.fillWidth: true
            text: (legBox.leg.amount_text || "") + " " + (legBox.leg.asset || "")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("%1 → %2").arg(legBox.owner).arg(legBox.recipient)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Text {
            objectName: "legCountdown"
            Layout.fillWidth: true
            text: !legBox.hasTimelock ? qsTr("No timelock yet")
                : legBox.leftMs > 0 ? qsTr("Timelock in %1 · %2").arg(Swaps.countdown(legBox.leg.deadlineMs, Swaps.nowMs)).arg(legBox.leg.timelock || "")
                : qsTr("Timelock passed · %1").arg(legBox.leg.timelock || "")
            color: legBox.close ? Theme.warningOnSoft : legBox.hasTimelock && legBox.leftMs <= 0 ? Theme.textFaint : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.weight: legBox.close ? Font.DemiBold : Font.Normal
            elide: Text.ElideRight
        }
    }
}
