import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Nexus

// Worlds: a prompt becomes a world (generated offline by the backend, stored and audited) shown
// in 3D: terrain, water, paths and instanced prefabs under the blueprint's light. Beside it,
// what the prompt was understood as, the words that were ignored, and the recent prompts.
Rectangle {
    id: panel

    color: Theme.background

    Component.onCompleted: Worlds.loadRecent()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            large: true
            title: qsTr("Worlds")
            subtitle: Worlds.hasWorld ? qsTr("World %1 · %n object(s)", "", Worlds.instanceCount).arg(Worlds.worldId)
                                      : qsTr("Describe a world; it is generated offline from the prefab catalog")
        }

        ErrorBanner {
            Layout.fillWidth: true
            title: Worlds.error.title
            cause: Worlds.error.cause
            hint: Worlds.error.hint
            onDismissed: Worlds.error.clear()
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            NTextField {
                id: promptField
                objectName: "worldPrompt"
                Layout.fillWidth: true
                text: Worlds.prompt
                placeholderText: qsTr("e.g. three towers around a lake in a misty forest at dusk")
                maximumLength: 1000
                onTextEdited: Worlds.prompt = text
                onAccepted: Worlds.generate()
                Accessible.name: qsTr("Prompt")
            }
            FieldLabel {
                text: qsTr("Seed")
            }
            NTextField {
                objectName: "worldSeed"
                Layout.preferredWidth: 90
                mono: true
                text: Worlds.seed.toString()
                validator: IntValidator { bottom: 0; top: 2147483647 }
                onTextEdited: if (acceptableInput) Worlds.seed = Number(text)
                Accessible.name: qsTr("Seed")
            }
            NButton {
                objectName: "worldNewSeed"
                text: qsTr("New seed")
                onClicked: {
                    Worlds.newSeed()
                    Worlds.generate()
                }
            }
            NButton {
                objectName: "worldExperiences"
                text: qsTr("Experiences…")
                onClicked: experiencesDialog.openBrowser()
            }
            NButton {
                objectName: "worldLocalApi"
                text: LocalApi.running ? qsTr("Local API: on") : qsTr("Local API…")
                onClicked: localApiDialog.open()
            }
            NButton {
                objectName: "worldExport"
                text: qsTr("Export…")
                enabled: Worlds.hasWorld && !Worlds.busy
                onClicked: exportDialog.open()
            }
            NButton {
                objectName: "worldGenerate"
                text: Worlds.busy ? Worlds.phase : qsTr("Generate")
                variant: "primary"
                enabled: !Worlds.busy && Session.hasCaller && promptField.text.trim().length > 0
                onClicked: Worlds.generate()
            }
        }

        RowLayout {
            objectName: "worldEditBar"
            Layout.fillWidth: true
            visible: Worlds.hasWorld
            spacing: Theme.spacing

            Text {
                text: Worlds.worldId > 0 ? qsTr("Version %1").arg(WorldEdit.version) : qsTr("Not stored: editing needs a generated world")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Chip {
                visible: WorldEdit.dirty
                text: WorldEdit.saving ? qsTr("saving…") : qsTr("unsaved edits")
                tone: "warning"
            }
            Text {
                Layout.fillWidth: true
                text: WorldEdit.hasSelection ? "" : qsTr("Click an object to select it")
                color: Theme.textFaint
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            NButton {
                objectName: "worldUndo"
                text: qsTr("Undo")
                variant: "ghost"
                enabled: WorldEdit.canUndo && !WorldEdit.saving
                onClicked: WorldEdit.undo()
                ToolTip.text: qsTr("Undo (Ctrl+Z)")
                ToolTip.visible: hovered
            }
            NButton {
                objectName: "worldRedo"
                text: qsTr("Redo")
                variant: "ghost"
                enabled: WorldEdit.canRedo && !WorldEdit.saving
                onClicked: WorldEdit.redo()
                ToolTip.text: qsTr("Redo (Ctrl+Shift+Z)")
                ToolTip.visible: hovered
            }
            NButton {
                objectName: "worldAddObject"
                text: qsTr("Add object…")
                enabled: WorldEdit.canEdit
                onClicked: prefabBrowser.openAt(worldView.lookAt)
            }
            NButton {
                objectName: "worldPublish"
                text: qsTr("Publish…")
                enabled: Worlds.worldId > 0 && !WorldHub.busy
                onClicked: worldView.grabPreview(image => publishDialog.openFor(image))
            }
            NButton {
                objectName: "worldSaveVersion"
                text: qsTr("Save version")
                variant: WorldEdit.dirty ? "primary" : "secondary"
                enabled: WorldEdit.dirty && WorldEdit.canEdit
                onClicked: WorldEdit.saveVersion("")
                ToolTip.text: qsTr("Save as version %1 (Ctrl+S)").arg(WorldEdit.version + 1)
                ToolTip.visible: hovered
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            title: WorldEdit.error.title
            cause: WorldEdit.error.cause
            hint: WorldEdit.error.hint
            onDismissed: WorldEdit.error.clear()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingLarge

            Card {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true

                WorldView {
                    id: worldView
                    objectName: "worldView"
                    anchors.fill: parent
                    anchors.margins: 1
                }

                EmptyState {
                    anchors.centerIn: parent
                    visible: !Worlds.hasWorld && !Worlds.busy
                    title: qsTr("No world yet")
                    detail: qsTr("Type a prompt and press Generate (or Enter).")
                }

                Rectangle {
                    anchors.left: parent.left
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.spacing
                    visible: Worlds.hasWorld
                    radius: Theme.radius
                    color: Theme.surface
                    opacity: 0.92
                    implicitWidth: hintRow.implicitWidth + 2 * Theme.spacing
                    implicitHeight: hintRow.implicitHeight + Theme.spacing

                    RowLayout {
                        id: hintRow
                        anchors.centerIn: parent
                        spacing: Theme.spacing

                        Text {
                            text: worldView.flying ? qsTr("W A S D to fly · R / F up and down · drag to look")
                                                   : qsTr("Drag to orbit · wheel to zoom")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                        }
                        NButton {
                            objectName: "worldFly"
                            text: worldView.flying ? qsTr("Orbit") : qsTr("Fly")
                            variant: "ghost"
                            onClicked: worldView.flying = !worldView.flying
                        }
                        NButton {
                            objectName: "worldFog"
                            visible: Worlds.fogDensity > 0
                            text: Worlds.fogShown ? qsTr("Hide fog") : qsTr("Show fog")
                            variant: "ghost"
                            onClicked: Worlds.fogShown = !Worlds.fogShown
                        }
                        NButton {
                            objectName: "worldFrameAll"
                            text: qsTr("Frame all")
                            variant: "ghost"
                            onClicked: worldView.frameAll()
                        }
                    }
                }
            }

            WorldSidebar {
                Layout.preferredWidth: 330
                Layout.fillHeight: true
            }
        }
    }

    PublishDialog {
        id: publishDialog
        objectName: "publishDialog"
    }

    PrefabBrowserDialog {
        id: prefabBrowser
        objectName: "prefabBrowser"
    }

    // Editing keys while the Worlds panel is shown and no text field has the focus.
    readonly property bool editKeys: panel.visible && !(panel.Window.activeFocusItem instanceof TextInput)
    Shortcut {
        sequence: "Ctrl+Z"
        enabled: panel.editKeys
        onActivated: WorldEdit.undo()
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]
        enabled: panel.editKeys
        onActivated: WorldEdit.redo()
    }
    Shortcut {
        sequence: "Ctrl+S"
        enabled: panel.visible && WorldEdit.dirty
        onActivated: WorldEdit.saveVersion("")
    }
    Shortcut {
        sequence: "Delete"
        enabled: panel.editKeys && WorldEdit.hasSelection
        onActivated: WorldEdit.removeSelected()
    }
    Shortcut {
        sequence: "Esc"
        enabled: panel.editKeys && WorldEdit.hasSelection
        onActivated: WorldEdit.clearSelection()
    }

    LocalApiDialog {
        id: localApiDialog
        objectName: "localApiDialog"
    }
    ExperiencesDialog {
        id: experiencesDialog
        objectName: "experiencesDialog"
    }

    FolderDialog {
        id: exportDialog
        title: qsTr("Export the world as glTF, blueprint and thumbnail")
        onAccepted: {
            const base = Worlds.exportWorld(selectedFolder.toString())
            if (base.length > 0)
                worldView.saveThumbnail(base + ".png")
        }
    }

    Connections {
        target: Worlds
        function onExported(ok: bool, message: string) {
            if (ok)
                Session.notify(message) // failures show in the panel's error banner
        }
    }
}
