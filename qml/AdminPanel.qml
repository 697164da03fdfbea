import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Admin: users, roles and permissions, configuration, feature flags, system controls.
Rectangle {
    id: panel

    function showSystem() {
        Session.currentPanel = 6
        tabs.currentIndex = 4
    }

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            large: true
            title: qsTr("Admin")
            subtitle: Session.hasCaller
                      ? qsTr("Users, roles, configuration and system controls — acting as %1 (%2)")
                            .arg(Session.activeName).arg(Session.roleLabel(Session.activeRole))
                      : qsTr("Users, roles, configuration and system controls")
        }

        TabBar {
            id: tabs
            objectName: "adminTabs"
            Layout.fillWidth: true
            spacing: 2
            background: Rectangle {
                color: "transparent"
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                }
            }

            NTabButton { text: qsTr("Users") }
            NTabButton { text: qsTr("Roles & permissions") }
            NTabButton { text: qsTr("Configuration") }
            NTabButton { text: qsTr("Feature flags") }
            NTabButton { text: qsTr("System") }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            UsersTab {}
            RolesTab {
                onUserOpened: tabs.currentIndex = 0
            }
            ConfigTab {}
            FlagsTab {}
            SystemTab {}
        }
    }
}
