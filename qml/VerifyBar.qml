import QtQuick
import QtQuick.Layouts
import Nexus

// Progress and result of "Verify chain": cancel while it runs; jump to the first bad entry.
Rectangle {
    id: bar

    readonly property string phase: Audit.verifying ? "running" : Audit.verifyState
    readonly property string tone: phase === "ok" ? "success" : phase === "bad" || phase === "failed" ? "danger"
                                                   : phase === "cancelled" ? "warning" : "accent"

    visible: phase.length > 0
    implicitHeight: visible ? content.implicitHeight + 2 * Theme.spacing : 0
    radius: Theme.radius
    color: Theme.toneSoft(tone)
    border.color: Theme.toneColor(tone)

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        anchors.leftMargin: Theme.spacingLarge
        spacing: Theme.spacing

        Text {
            text: bar.phase === "ok" ? "✓" : bar.phase === "running" ? "⟳" : "⚠"
            color: Theme.toneColor(bar.tone)
            font.pixelSize: Theme.fontLarge
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Text {
                Layout.fillWidth: true
                text: bar.phase === "running"
                      ? (Audit.verifyTotal > 0
                         ? qsTr("Verifying the chain: %1 of %2 entries")
                               .arg(Number(Audit.verifyDone).toLocaleString(Qt.locale(), "f", 0))
                               .arg(Number(Audit.verifyTotal).toLocaleString(Qt.locale(), "f", 0))
                         : qsTr("Preparing the verification…"))
                      : Audit.verifySummary
                color: Theme.toneColor(bar.tone)
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            ProgressLine {
                Layout.fillWidth: true
                visible: bar.phase === "running"
                value: Audit.verifyTotal > 0 ? Audit.verifyDone / Audit.verifyTotal : 0
            }
            Text {
                Layout.fillWidth: true
                visible: bar.phase === "bad"
                text: qsTr("Someone changed or removed entries after they were written. Export the log around this entry and compare it with a backup.")
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }

        NButton {
            visible: bar.phase === "running"
            text: qsTr("Cancel")
            onClicked: Audit.cancelVerify()
        }
        NButton {
            objectName: "showBadEntry"
            visible: bar.phase === "bad"
            text: qsTr("Show entry %1").arg(Audit.badSeq)
            variant: "danger"
            onClicked: Audit.jumpTo(Audit.badSeq)
        }
    }
}
