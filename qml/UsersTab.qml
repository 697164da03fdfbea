import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Admin → Users: a searchable, filterable list (paged from the backend) and the selected user.
RowLayout {
    id: tab

    readonly property var roleOptions: {
        const out = [{ value: "", text: qsTr("All roles") }, { value: "controller", text: Session.roleLabel("controller") }]
        const roles = Admin.assignableRoles
        for (let i = 0; i < roles.length; ++i)
            out.push({ value: roles[i], text: Session.roleLabel(roles[i]) })
        return out
    }
    readonly property var kycOptions: {
        const out = [{ value: "", text: qsTr("Any KYC status") }]
        const states = Admin.kycStates
        for (let i = 0; i < states.length; ++i)
            out.push({ value: states[i], text: Session.kycLabel(states[i]) })
        return out
    }

    spacing: Theme.spacingLarge

    Card {
        Layout.fillWidth: true
        Layout.fillHeight: true

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingLarge
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                NTextField {
                    id: search
                    objectName: "userSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search by name, e-mail or principal")
                    onTextEdited: Admin.users.query = text
                }
                NComboBox {
                    objectName: "roleFilter"
                    Layout.preferredWidth: 150
                    model: tab.roleOptions
                    onActivated: Admin.users.roleFilter = currentValue
                }
                NComboBox {
                    objectName: "kycFilter"
                    Layout.preferredWidth: 150
                    model: tab.kycOptions
                    onActivated: Admin.users.kycFilter = currentValue
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: Admin.users.error.active ? "" : Admin.users.loaded ? qsTr("%n user(s)", "", Admin.users.total) : qsTr("Loading users…")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    visible: list.count < Admin.users.total
                    text: qsTr("showing %1").arg(list.count)
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }
            }

            ErrorBanner {
                Layout.fillWidth: true
                title: Admin.users.error.title
                cause: Admin.users.error.cause
                hint: Admin.users.error.hint
                onDismissed: Admin.users.error.clear()
            }

            // Column headers
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: qsTr("User")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                Text {
                    Layout.preferredWidth: 104
                    text: qsTr("Role")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                Text {
                    Layout.preferredWidth: 96
                    text: qsTr("KYC")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                Text {
                    Layout.preferredWidth: 70
                    text: qsTr("Status")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 1
                color: Theme.border
            }

            ListView {
                id: list
                objectName: "usersList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Admin.users
                keyNavigationEnabled: true
                activeFocusOnTab: true
                currentIndex: -1
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                onAtYEndChanged: if (atYEnd && count > 0) Admin.users.loadMore()
                onCurrentIndexChanged: {
                    const user = Admin.users.get(currentIndex)
                    if (user.principal)
                        Admin.select(user.principal)
                }

                delegate: UserRow {
                    width: ListView.view.width
                    onClicked: (row) => {
                        list.forceActiveFocus()
                        list.currentIndex = row
                    }
                }

                EmptyState {
                    parent: list // not its content item, which is empty
                    anchors.centerIn: parent
                    visible: list.count === 0 && Admin.users.loaded && !Admin.users.error.active
                    glyph: "⌕"
                    title: qsTr("No users match these filters")
                    detail: qsTr("Try another search, or set the role and KYC filters back to all.")
                }
            }

            Text {
                Layout.alignment: Qt.AlignHCenter
                visible: Admin.users.loading && list.count > 0
                text: qsTr("Loading more…")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    UserDetail {
        Layout.preferredWidth: 420
        Layout.fillHeight: true
    }
}
