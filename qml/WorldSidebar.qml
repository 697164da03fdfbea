import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Beside the preview: the world's title and settings, what the prompt was understood as, the
// words that were not, the generator's notes, the prefabs drawn (one draw each) and the recent
// prompts of the active identity.
Card {
    id: sidebar

    ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            WorldInspector {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing
                visible: WorldEdit.hasSelection
            }

            Text {
                objectName: "worldTitle"
                Layout.fillWidth: true
                text: Worlds.hasWorld ? Worlds.title : qsTr("No world generated yet")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: Worlds.hasWorld
                text: Worlds.settingsText
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: Worlds.hasWorld
                text: Worlds.processingMs > 0 ? qsTr("Generated in %1 ms · %n prefab draw(s)", "", Worlds.batchCount).arg(Worlds.processingMs.toFixed(1))
                                              : qsTr("Stored world · %n prefab draw(s)", "", Worlds.batchCount)
                color: Theme.textFaint
                font.pixelSize: Theme.fontSmall
            }

            SectionHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: Worlds.worldId > 0
                title: qsTr("VR sessions")
                subtitle: WorldHub.sessions.length > 0 ? qsTr("%n open in this world", "", WorldHub.sessions.length) : qsTr("None open in this world")
            }
            Repeater {
                model: Worlds.worldId > 0 ? WorldHub.sessions : []
                delegate: WorldSessionRow {
                    Layout.fillWidth: true
                }
            }
            NButton {
                objectName: "worldStartSession"
                visible: Worlds.worldId > 0
                text: qsTr("Start a session")
                enabled: !WorldHub.busy && Session.hasCaller
                onClicked: WorldHub.startSession(16)
            }
            ErrorBanner {
                Layout.fillWidth: true
                title: WorldHub.error.title
                cause: WorldHub.error.cause
                hint: WorldHub.error.hint
                onDismissed: WorldHub.error.clear()
            }

            SectionHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: Worlds.hasWorld
                title: qsTr("Understood")
            }
            Flow {
                Layout.fillWidth: true
                visible: Worlds.hasWorld
                spacing: Theme.spacingSmall

                Repeater {
                    model: Worlds.understood
                    delegate: Chip {
                        required property string modelData
                        text: modelData
                        tone: "accent"
                    }
                }
                Text {
                    visible: Worlds.understood.length === 0
                    text: qsTr("No objects named: the setting's own scatter only.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }

            SectionHeader {
                Layout.fillWidth: true
                visible: Worlds.hasWorld && Worlds.ignored.length > 0
                title: qsTr("Not understood")
            }
            Flow {
                objectName: "worldIgnored"
                Layout.fillWidth: true
                visible: Worlds.hasWorld && Worlds.ignored.length > 0
                spacing: Theme.spacingSmall

                Repeater {
                    model: Worlds.ignored
                    delegate: Chip {
                        required property string modelData
                        text: modelData
                        tone: "warning"
                    }
                }
            }

            Repeater {
                model: Worlds.notes
                delegate: Text {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "• " + modelData
                    color: Theme.warningOnSoft
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }

            SectionHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: Worlds.hasWorld
                title: qsTr("Prefabs in this world")
            }
            Repeater {
                model: Worlds.hasWorld ? Worlds.batchNames : []
                delegate: RowLayout {
                    id: batchRow
                    required property int index
                    required property string modelData
                    Layout.fillWidth: true

                    Text {
                        Layout.fillWidth: true
                        text: batchRow.modelData
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        elide: Text.ElideRight
                    }
                    Text {
                        text: Worlds.batchCounts[batchRow.index] ?? 0
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                        font.family: Theme.monoFamily
                    }
                }
            }

            SectionHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: Worlds.recentPrompts.length > 0
                title: qsTr("Recent prompts")
            }
            Repeater {
                model: Worlds.recentPrompts
                delegate: ItemDelegate {
                    required property string modelData
                    Layout.fillWidth: true
                    text: modelData
                    font.pixelSize: Theme.fontBody
                    onClicked: {
                        Worlds.prompt = modelData
                        Worlds.generate()
                    }
                }
            }
        }
    }
}
