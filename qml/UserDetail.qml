import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// The selected user with everything an admin can do to them. Risky actions ask first.
Card {
    id: pane

    readonly property var user: Admin.selected
    readonly property bool hasUser: Admin.selectedPrincipal.length > 0 && user.principal !== undefined

    function confirm(title: string, message: string, confirmText: string, destructive: bool, action: var) {
        confirmDialog.title = title
        confirmDialog.message = message
        confirmDialog.confirmText = confirmText
        confirmDialog.destructive = destructive
        confirmDialog.pendingAction = action
        confirmDialog.ask()
    }

    ErrorBanner {
        id: loadError
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacingLarge
        visible: !pane.hasUser && Admin.error.active
        title: Admin.error.title
        cause: Admin.error.cause
        hint: Admin.error.hint
        onDismissed: Admin.error.clear()
    }

    EmptyState {
        anchors.centerIn: parent
        visible: !pane.hasUser
        glyph: "☺"
        title: Admin.selectedPrincipal.length > 0 && !Admin.error.active ? qsTr("Loading…") : qsTr("Select a user")
        detail: qsTr("Their profile, role, KYC status and permissions appear here, with the actions you may take.")
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: 1
        visible: pane.hasUser
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingLarge

            // Who
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.spacingLarge
                Layout.bottomMargin: 0
                spacing: Theme.spacing
                Avatar {
                    implicitWidth: 44
                    implicitHeight: 44
                    name: pane.user.name ?? ""
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: pane.user.name ?? ""
                        color: Theme.text
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: (pane.user.email ?? "").length > 0 ? pane.user.email : qsTr("no e-mail")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                        elide: Text.ElideRight
                    }
                }
                BusyIndicator {
                    implicitWidth: 24
                    implicitHeight: 24
                    running: Admin.busy
                    visible: running
                }
            }

            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingLarge
                Layout.rightMargin: Theme.spacingLarge
                spacing: Theme.spacingSmall
                Chip { text: Session.roleLabel(pane.user.role ?? ""); tone: Theme.roleTone(pane.user.role ?? "") }
                Chip { text: qsTr("KYC: %1").arg(Session.kycLabel(pane.user.kyc ?? "")); tone: Theme.kycTone(pane.user.kyc ?? "") }
                Chip { visible: pane.user.disabled === true; text: qsTr("Disabled"); tone: "danger" }
                Chip { visible: pane.user.isSelf === true; text: qsTr("You"); tone: "accent" }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingLarge
                Layout.rightMargin: Theme.spacingLarge
                spacing: Theme.spacingSmall
                DetailRow { Layout.fillWidth: true; label: qsTr("Principal"); value: pane.user.principal ?? ""; mono: true; copyable: true }
                DetailRow { Layout.fillWidth: true; label: qsTr("Registered"); value: pane.user.created ?? "" }
                DetailRow { Layout.fillWidth: true; label: qsTr("Last change"); value: pane.user.updated ?? "" }
                DetailRow { Layout.fillWidth: true; visible: (pane.user.bio ?? "").length > 0; label: qsTr("Bio"); value: pane.user.bio ?? "" }
                DetailRow { Layout.fillWidth: true; visible: (pane.user.kycNote ?? "").length > 0; label: qsTr("KYC note"); value: pane.user.kycNote ?? "" }
            }

            ErrorBanner {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingLarge
                Layout.rightMargin: Theme.spacingLarge
                title: Admin.error.title
                cause: Admin.error.cause
                hint: Admin.error.hint
                onDismissed: Admin.error.clear()
            }

            UserActions {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingLarge
                Layout.rightMargin: Theme.spacingLarge
                Layout.bottomMargin: Theme.spacingLarge
                user: pane.user
                onConfirmRequested: (title, message, confirmText, destructive, action) =>
                                        pane.confirm(title, message, confirmText, destructive, action)
            }
        }
    }

    ConfirmDialog {
        id: confirmDialog
        property var pendingAction: null
        onAccepted: {
            const action = confirmDialog.pendingAction
            if (action)
                action()
        }
    }
}
