import QtQuick
import QtQuick.Layouts
import Nexus

// Role, KYC, permission and account actions on one user. The backend decides what is allowed;
// its refusals appear in the Admin error banner above.
ColumnLayout {
    id: actions

    property var user: ({})
    readonly property var roles: Admin.assignableRoles
    readonly property var kycStates: Admin.kycStates
    readonly property string principal: user.principal ?? ""
    readonly property string who: user.name ?? ""

    signal confirmRequested(string title, string message, string confirmText, bool destructive, var action)

    spacing: Theme.spacingLarge

    // Role
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        FieldLabel { text: qsTr("Role") }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            NComboBox {
                id: roleBox
                objectName: "roleBox"
                Layout.fillWidth: true
                model: actions.roles.map(r => ({ value: r, text: Session.roleLabel(r) }))
                currentIndex: Math.max(0, actions.roles.indexOf(actions.user.role ?? ""))
                enabled: actions.user.role !== "controller"
            }
            NButton {
                text: qsTr("Change role…")
                enabled: roleBox.enabled && roleBox.currentValue !== actions.user.role && !Admin.busy
                onClicked: {
                    const role = roleBox.currentValue
                    actions.confirmRequested(qsTr("Change the role of %1?").arg(actions.who),
                                             qsTr("%1 goes from %2 to %3, with the permissions that role carries. The change is audited.")
                                                 .arg(actions.who).arg(Session.roleLabel(actions.user.role)).arg(Session.roleLabel(role)),
                                             qsTr("Change role"), false,
                                             () => Admin.setRole(actions.principal, role))
                }
            }
        }
    }

    // KYC
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        FieldLabel { text: qsTr("KYC status") }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            NComboBox {
                id: kycBox
                Layout.preferredWidth: 150
                model: actions.kycStates.map(k => ({ value: k, text: Session.kycLabel(k) }))
                currentIndex: Math.max(0, actions.kycStates.indexOf(actions.user.kyc ?? ""))
            }
            NTextField {
                id: kycNote
                Layout.fillWidth: true
                placeholderText: kycBox.currentValue === "rejected" ? qsTr("Why (required)") : qsTr("Note (optional)")
                invalid: kycBox.currentValue === "rejected" && text.trim().length === 0
                onAccepted: kycApply.clicked()
            }
        }
        NButton {
            id: kycApply
            text: qsTr("Set KYC status")
            enabled: !Admin.busy && (kycBox.currentValue !== actions.user.kyc || kycNote.text.trim().length > 0)
            onClicked: {
                Admin.setKyc(actions.principal, kycBox.currentValue, kycNote.text)
                kycNote.text = ""
            }
        }
    }

    // Permissions
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        FieldLabel { text: qsTr("Permissions") }
        Text {
            Layout.fillWidth: true
            visible: (actions.user.permissions ?? []).length === 0
            text: qsTr("None: this role carries no specialised permission.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Repeater {
                model: actions.user.permissionChips ?? []
                delegate: Chip {
                    required property var modelData
                    text: modelData.name
                    mono: true
                    tone: modelData.granted ? "accent" : "neutral"
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: (actions.user.permissions ?? []).length > 0
            text: qsTr("Grey: comes with the role. Blue: granted explicitly.")
            color: Theme.textFaint
            font.pixelSize: Theme.fontSmall
        }
        Text {
            Layout.topMargin: Theme.spacingSmall
            visible: (actions.user.granted ?? []).length > 0
            text: qsTr("Revoke an explicit grant")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            Layout.fillWidth: true
            visible: (actions.user.granted ?? []).length > 0
            spacing: Theme.spacing
            NComboBox {
                id: revokeBox
                Layout.fillWidth: true
                model: (actions.user.granted ?? []).map(p => ({ value: p, text: p }))
            }
            NButton {
                text: qsTr("Revoke…")
                enabled: !Admin.busy && revokeBox.currentIndex >= 0
                onClicked: {
                    const perm = revokeBox.currentValue
                    actions.confirmRequested(qsTr("Revoke %1?").arg(perm),
                                             qsTr("%1 loses the explicitly granted permission %2.").arg(actions.who).arg(perm),
                                             qsTr("Revoke"), true,
                                             () => Admin.revokePermission(actions.principal, perm))
                }
            }
        }
        Text {
            Layout.topMargin: Theme.spacingSmall
            visible: (actions.user.grantable ?? []).length > 0
            text: qsTr("Grant a permission on top of the role")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            Layout.fillWidth: true
            visible: (actions.user.grantable ?? []).length > 0
            spacing: Theme.spacing
            NComboBox {
                id: grantBox
                Layout.fillWidth: true
                model: (actions.user.grantable ?? []).map(p => ({ value: p, text: p }))
            }
            NButton {
                text: qsTr("Grant…")
                enabled: !Admin.busy && grantBox.currentIndex >= 0
                onClicked: {
                    const perm = grantBox.currentValue
                    actions.confirmRequested(qsTr("Grant %1?").arg(perm),
                                             qsTr("%1 gets the permission %2 on top of their role. You can only grant what you hold.")
                                                 .arg(actions.who).arg(perm),
                                             qsTr("Grant"), false,
                                             () => Admin.grantPermission(actions.principal, perm))
                }
            }
        }
    }

    // Account
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        FieldLabel { text: qsTr("Account") }
        RowLayout {
            spacing: Theme.spacing
            NButton {
                text: actions.user.disabled ? qsTr("Enable") : qsTr("Disable…")
                enabled: !Admin.busy && actions.user.role !== "controller"
                onClicked: {
                    if (actions.user.disabled) {
                        Admin.setDisabled(actions.principal, false)
                        return
                    }
                    actions.confirmRequested(qsTr("Disable %1?").arg(actions.who),
                                             qsTr("A disabled user cannot call anything until an admin enables them again."),
                                             qsTr("Disable"), true,
                                             () => Admin.setDisabled(actions.principal, true))
                }
            }
            NButton {
                text: qsTr("Remove…")
                variant: "danger"
                enabled: !Admin.busy && actions.user.role !== "controller"
                onClicked: actions.confirmRequested(qsTr("Remove %1?").arg(actions.who),
                                                    qsTr("The user and their explicit grants are deleted. The audit log keeps every past action. This cannot be undone."),
                                                    qsTr("Remove user"), true,
                                                    () => Admin.removeUser(actions.principal))
            }
        }
    }
}
