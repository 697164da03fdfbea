import QtQuick
import QtQuick.Layouts
import Nexus

// Every version of the selected key, newest first; any older one can be restored.
ColumnLayout {
    id: history

    signal confirmRequested(string title, string message, string confirmText, var action)

    spacing: Theme.spacingSmall

    FieldLabel {
        Layout.topMargin: Theme.spacingSmall
        text: qsTr("History (%1 versions)").arg(Config.historyTotal)
    }

    Repeater {
        model: Config.history
        delegate: Rectangle {
            id: version
            required property var modelData
            required property int index
            readonly property bool current: modelData.version === Config.selectedVersion
            Layout.fillWidth: true
            implicitHeight: row.implicitHeight + 2 * Theme.spacingSmall
            radius: Theme.radius
            color: index % 2 === 0 ? Theme.surfaceAlt : "transparent"

            RowLayout {
                id: row
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacingSmall
                spacing: Theme.spacing
                Chip {
                    Layout.minimumWidth: 44
                    text: qsTr("v%1").arg(version.modelData.version)
                    tone: version.current ? "accent" : "neutral"
                    mono: true
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 1
                    Text {
                        Layout.fillWidth: true
                        text: version.modelData.valueText
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.monoFamily
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2").arg(version.modelData.changedAt).arg(version.modelData.changedBy)
                              + (version.modelData.reason.length > 0 ? " · " + version.modelData.reason : "")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
                Text {
                    visible: version.current
                    text: qsTr("current")
                    color: Theme.accent
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                NButton {
                    visible: !version.current && Config.selectedEditable
                    text: qsTr("Restore…")
                    variant: "ghost"
                    implicitHeight: 28
                    enabled: !Config.busy
                    onClicked: {
                        const key = Config.selectedKey
                        const v = version.modelData.version
                        history.confirmRequested(qsTr("Restore version %1 of %2?").arg(v).arg(key),
                                                 qsTr("Its value becomes the current one as version %1; nothing is deleted.")
                                                     .arg(Config.selectedVersion + 1),
                                                 qsTr("Restore"),
                                                 (reason) => Config.rollback(key, v, reason))
                    }
                }
            }
        }
    }

    NButton {
        visible: Config.history.length < Config.historyTotal
        text: qsTr("Show older versions (%1 of %2 shown)").arg(Config.history.length).arg(Config.historyTotal)
        variant: "ghost"
        onClicked: Config.showMoreHistory()
    }
}
