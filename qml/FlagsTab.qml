import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Admin → Feature flags: the feature.* keys as switches. Each toggle is a new audited version.
Card {
    id: tab

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            title: qsTr("Feature flags")
            subtitle: qsTr("Turn parts of the product on or off. Needs manage_system; every change is versioned and audited.")
        }

        ErrorBanner {
            Layout.fillWidth: true
            title: Config.error.title
            cause: Config.error.cause
            hint: Config.error.hint
            onDismissed: Config.error.clear()
        }

        ListView {
            id: flags
            objectName: "flagsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: Config.flags
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: flag
                required property var modelData
                width: ListView.view.width
                implicitHeight: 60
                radius: Theme.radius
                color: Theme.surfaceAlt
                border.color: Theme.border

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingLarge
                    anchors.rightMargin: Theme.spacingLarge
                    spacing: Theme.spacingLarge

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            spacing: Theme.spacing
                            Text {
                                text: flag.modelData.name
                                color: Theme.text
                                font.pixelSize: Theme.fontLarge
                                font.weight: Font.DemiBold
                            }
                            Chip {
                                text: flag.modelData.enabled ? qsTr("On") : qsTr("Off")
                                tone: flag.modelData.enabled ? "success" : "neutral"
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("%1 · version %2 · changed by %3 on %4").arg(flag.modelData.key).arg(flag.modelData.version)
                                      .arg(flag.modelData.changedBy).arg(flag.modelData.changedAt)
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }

                    NSwitch {
                        id: toggle
                        checked: flag.modelData.enabled
                        enabled: !Config.busy
                        Accessible.name: qsTr("Feature %1").arg(flag.modelData.name)
                        onToggled: Config.setFlag(flag.modelData.key, checked)
                    }
                }
            }

            EmptyState {
                parent: flags // not its content item, which is empty
                anchors.centerIn: parent
                visible: flags.count === 0 && !Config.loading
                glyph: "⚑"
                title: qsTr("No feature flags")
                detail: qsTr("Flags are configuration keys that start with feature.")
            }
        }
    }
}
