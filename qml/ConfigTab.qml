import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Admin → Configuration: every key with its value and version; the selected key's editor,
// history (with rollback) and the diff between two versions.
RowLayout {
    id: tab

    spacing: Theme.spacingLarge

    Card {
        Layout.preferredWidth: 380
        Layout.fillHeight: true

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingLarge
            spacing: Theme.spacing

            SectionHeader {
                Layout.fillWidth: true
                title: qsTr("Keys")
                subtitle: qsTr("%n value(s), each with its version history", "", Config.entries.count)
            }

            ListView {
                id: keys
                objectName: "configKeys"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Config.entries
                activeFocusOnTab: true
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                section.property: "group"
                section.delegate: FieldLabel {
                    required property string section
                    topPadding: Theme.spacing
                    bottomPadding: 2
                    text: section
                }
                onCurrentIndexChanged: Config.select(Config.entries.keyAt(currentIndex))
                delegate: ConfigKeyRow {
                    width: ListView.view.width
                    onClicked: (row) => {
                        keys.forceActiveFocus()
                        keys.currentIndex = row
                        Config.select(Config.entries.keyAt(row))
                    }
                }
            }
        }
    }

    Card {
        Layout.fillWidth: true
        Layout.fillHeight: true

        EmptyState {
            anchors.centerIn: parent
            visible: Config.selectedKey.length === 0
            glyph: "⚙"
            title: Config.loading ? qsTr("Loading configuration…") : qsTr("Select a key")
            detail: qsTr("Its value, who changed it and when, every earlier version and the differences between them.")
        }

        ScrollView {
            id: scroll
            anchors.fill: parent
            anchors.margins: 1
            visible: Config.selectedKey.length > 0
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroll.availableWidth
                spacing: Theme.spacingLarge

                ErrorBanner {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingLarge
                    Layout.rightMargin: Theme.spacingLarge
                    Layout.topMargin: Theme.spacingLarge
                    title: Config.error.title
                    cause: Config.error.cause
                    hint: Config.error.hint
                    onDismissed: Config.error.clear()
                }

                ConfigEditor {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingLarge
                    Layout.rightMargin: Theme.spacingLarge
                    Layout.topMargin: Config.error.active ? 0 : Theme.spacingLarge
                    onConfirmRequested: (title, message, confirmText, action) => tab.confirm(title, message, confirmText, action)
                }

                ConfigHistory {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingLarge
                    Layout.rightMargin: Theme.spacingLarge
                    onConfirmRequested: (title, message, confirmText, action) => tab.confirm(title, message, confirmText, action)
                }

                DiffView {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingLarge
                    Layout.rightMargin: Theme.spacingLarge
                    Layout.bottomMargin: Theme.spacingLarge
                }
            }
        }
    }

    function confirm(title: string, message: string, confirmText: string, action: var) {
        confirmDialog.title = title
        confirmDialog.message = message
        confirmDialog.confirmText = confirmText
        confirmDialog.pendingAction = action
        confirmDialog.ask()
    }

    ConfirmDialog {
        id: confirmDialog
        property var pendingAction: null
        inputVisible: true
        inputLabel: qsTr("Reason (kept in the history and the audit log)")
        inputPlaceholder: qsTr("e.g. raise the limit for the launch event")
        onAccepted: {
            const action = confirmDialog.pendingAction
            if (action)
                action(confirmDialog.inputText)
        }
    }
}
