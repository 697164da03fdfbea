import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// One oracle alert: what happened, to which feed, when, and who acknowledged it.
Rectangle {
    id: alert
    required property int index
    required property double alertId
    required property string pair
    required property string time
    required property string kindLabel
    required property bool critical
    required property string message
    required property bool acknowledged
    required property string ackedBy
    required property string ackedTime
    required property string ackNote

    property bool highlighted: false
    signal acknowledgeRequested(double alertId, string title)

    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    color: highlighted ? Theme.selection : "transparent"

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacingLarge
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        spacing: Theme.spacing

        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 4
            implicitWidth: 8
            implicitHeight: 8
            radius: 4
            color: alert.acknowledged ? Theme.borderStrong : alert.critical ? Theme.danger : Theme.warning
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Text {
                    text: alert.kindLabel
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                }
                Chip { text: alert.pair; mono: true }
                Chip {
                    visible: !alert.acknowledged
                    text: qsTr("Open")
                    tone: alert.critical ? "danger" : "warning"
                }
                Item { Layout.fillWidth: true }
                Text {
                    text: alert.time
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.monoFamily
                }
            }
            Text {
                Layout.fillWidth: true
                text: alert.message
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: alert.acknowledged
                text: alert.ackNote.length > 0
                      ? qsTr("✓ Acknowledged by %1 at %2: %3").arg(alert.ackedBy).arg(alert.ackedTime).arg(alert.ackNote)
                      : qsTr("✓ Acknowledged by %1 at %2").arg(alert.ackedBy).arg(alert.ackedTime)
                color: Theme.successOnSoft
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }

        NButton {
            Layout.alignment: Qt.AlignVCenter
            visible: !alert.acknowledged
            enabled: Oracle.canManage && !Oracle.busy
            text: qsTr("Acknowledge…")
            variant: "ghost"
            onClicked: alert.acknowledgeRequested(alert.alertId, alert.kindLabel)
            ToolTip.visible: hovered && !Oracle.canManage
            ToolTip.text: qsTr("Needs the manage_oracle permission.")
        }
    }
}
