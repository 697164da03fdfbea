import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Admin → System: maintenance mode and the emergency stop (both confirmed), and the profile's status.
ScrollView {
    id: tab

    readonly property var status: Admin.status
    readonly property var events: Admin.systemEvents

    contentWidth: availableWidth
    clip: true

    function confirm(title: string, message: string, confirmText: string, destructive: bool, inputLabel: string,
                     inputRequired: bool, action: var) {
        confirmDialog.title = title
        confirmDialog.message = message
        confirmDialog.confirmText = confirmText
        confirmDialog.destructive = destructive
        confirmDialog.inputLabel = inputLabel
        confirmDialog.inputVisible = inputLabel.length > 0
        confirmDialog.inputRequired = inputRequired
        confirmDialog.pendingAction = action
        confirmDialog.ask()
    }

    ColumnLayout {
        width: tab.availableWidth
        spacing: Theme.spacingLarge

        ErrorBanner {
            Layout.fillWidth: true
            title: Admin.error.title
            cause: Admin.error.cause
            hint: Admin.error.hint
            onDismissed: Admin.error.clear()
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge

            SystemControlCard {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                title: qsTr("Maintenance mode")
                actionName: "maintenanceButton"
                active: Session.maintenance
                activeText: qsTr("On")
                inactiveText: qsTr("Off")
                activeTone: "warning"
                description: qsTr("While on, every change is refused with a clear message; reading still works. Needs manage_system.")
                detail: Session.maintenance && Session.maintenanceMessage.length > 0 ? qsTr("Message: %1").arg(Session.maintenanceMessage) : ""
                actionText: Session.maintenance ? qsTr("End maintenance…") : qsTr("Start maintenance…")
                actionVariant: Session.maintenance ? "primary" : "secondary"
                onTriggered: {
                    if (Session.maintenance)
                        tab.confirm(qsTr("End maintenance mode?"), qsTr("Changes are accepted again for everyone."),
                                    qsTr("End maintenance"), false, "", false, () => Admin.setMaintenance(false, ""))
                    else
                        tab.confirm(qsTr("Start maintenance mode?"),
                                    qsTr("Every change is refused until maintenance ends. People see your message."),
                                    qsTr("Start maintenance"), false, qsTr("Message shown to users"), false,
                                    (message) => Admin.setMaintenance(true, message))
                }
            }

            SystemControlCard {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                title: qsTr("Emergency stop")
                actionName: "emergencyButton"
                active: Session.emergency
                activeText: qsTr("Active")
                inactiveText: qsTr("Not active")
                activeTone: "danger"
                description: qsTr("Refuses every change at once, including maintenance changes, until a holder of emergency_stop resumes. Reading still works.")
                detail: Session.emergency ? qsTr("Since %1: %2").arg(Session.emergencySince).arg(Session.emergencyReason) : ""
                actionText: Session.emergency ? qsTr("Resume…") : qsTr("Emergency stop…")
                actionVariant: Session.emergency ? "primary" : "danger"
                onTriggered: {
                    if (Session.emergency)
                        tab.confirm(qsTr("Resume normal operation?"), qsTr("Changes are accepted again. Say what was done, for the audit log."),
                                    qsTr("Resume"), false, qsTr("Note"), false, (note) => Admin.resume(note))
                    else
                        tab.confirm(qsTr("Stop every change now?"),
                                    qsTr("All mutations are refused for everyone until someone with emergency_stop resumes. Use it when something is going wrong."),
                                    qsTr("Emergency stop"), true, qsTr("Reason"), true, (reason) => Admin.emergencyStop(reason))
                }
            }
        }

        Card {
            Layout.fillWidth: true
            implicitHeight: statusColumn.implicitHeight + 2 * Theme.spacingLarge

            ColumnLayout {
                id: statusColumn
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                spacing: Theme.spacingSmall

                SectionHeader {
                    Layout.fillWidth: true
                    title: qsTr("This profile")
                    NButton {
                        text: qsTr("Refresh")
                        variant: "ghost"
                        onClicked: Admin.refreshStatus()
                    }
                }
                DetailRow { Layout.fillWidth: true; label: qsTr("Folder"); value: Session.profileDir; mono: true; copyable: true }
                DetailRow { Layout.fillWidth: true; label: qsTr("Controller"); value: tab.status.controller ?? "" }
                DetailRow { Layout.fillWidth: true; label: qsTr("Users"); value: tab.status.users !== undefined ? Number(tab.status.users).toLocaleString(Qt.locale(), "f", 0) : "" }
                DetailRow { Layout.fillWidth: true; label: qsTr("Audit entries"); value: tab.status.auditEntries !== undefined ? Number(tab.status.auditEntries).toLocaleString(Qt.locale(), "f", 0) : "" }
                DetailRow { Layout.fillWidth: true; label: qsTr("Schema version"); value: tab.status.schemaVersion !== undefined ? String(tab.status.schemaVersion) : "" }
                DetailRow { Layout.fillWidth: true; label: qsTr("App version"); value: Session.version }
            }
        }

        Card {
            Layout.fillWidth: true
            implicitHeight: eventsColumn.implicitHeight + 2 * Theme.spacingLarge

            ColumnLayout {
                id: eventsColumn
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                spacing: Theme.spacingSmall

                SectionHeader {
                    Layout.fillWidth: true
                    title: qsTr("Recent system changes")
                    subtitle: qsTr("From the audit log: maintenance, emergency stops, configuration and flags")
                    NButton {
                        text: qsTr("Open in Audit")
                        variant: "ghost"
                        onClicked: {
                            Audit.entries.clearFilters()
                            Audit.entries.method = "system."
                            Session.currentPanel = 4
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: Admin.systemEventsProblem.length > 0
                    text: Admin.systemEventsProblem
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: tab.events
                    delegate: RowLayout {
                        id: event
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Text {
                            Layout.preferredWidth: 150
                            text: event.modelData.time
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.monoFamily
                        }
                        Text {
                            Layout.preferredWidth: 90
                            text: event.modelData.caller
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.preferredWidth: 190
                            text: event.modelData.method
                            color: Theme.text
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.monoFamily
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: event.modelData.summary
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontBody
                            elide: Text.ElideRight
                        }
                        Chip {
                            text: Session.outcomeLabel(event.modelData.outcome)
                            tone: event.modelData.outcome === "ok" ? "success" : "danger"
                        }
                    }
                }
            }
        }
    }

    ConfirmDialog {
        id: confirmDialog
        objectName: "systemConfirm"
        property var pendingAction: null
        onAccepted: {
            const action = confirmDialog.pendingAction
            if (action)
                action(confirmDialog.inputText)
        }
    }
}
