import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 1100
    minimumHeight: 680
    visible: true
    title: Session.demo ? qsTr("Nexus Studio — demo profile") : qsTr("Nexus Studio")
    color: Theme.background
    font.family: Theme.uiFamily
    font.pixelSize: Theme.fontBody

    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.textFaint
    palette.light: Theme.surfaceHover
    palette.midlight: Theme.border
    palette.mid: Theme.borderStrong
    palette.dark: Theme.textFaint
    palette.shadow: Theme.shadow
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    palette.brightText: Theme.text

    Binding {
        target: Theme
        property: "dark"
        value: Session.dark
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
        }

        StatusBanner {
            objectName: "emergencyBanner"
            Layout.fillWidth: true
            visible: Session.emergency
            color: Theme.emergencyBar
            textColor: Theme.emergencyText
            glyph: "✖"
            title: qsTr("Emergency stop")
            message: qsTr("since %1: %2. Every change is refused; reading still works.")
                         .arg(Session.emergencySince).arg(Session.emergencyReason)
            actionText: qsTr("System controls")
            onAction: adminPanel.showSystem()
        }

        StatusBanner {
            objectName: "maintenanceBanner"
            Layout.fillWidth: true
            visible: Session.maintenance
            color: Theme.maintenanceBar
            textColor: Theme.maintenanceText
            glyph: "⚠"
            title: qsTr("Maintenance mode")
            message: Session.maintenanceMessage.length > 0
                     ? qsTr("%1 — changes are paused; reading still works.").arg(Session.maintenanceMessage)
                     : qsTr("Changes are paused; reading still works.")
            actionText: qsTr("System controls")
            onAction: adminPanel.showSystem()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            NavRail {
                id: rail
                objectName: "navRail"
                Layout.fillHeight: true
                onActivated: (index) => Session.currentPanel = index
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0

                ErrorBanner {
                    Layout.fillWidth: true
                    Layout.margins: Theme.spacing
                    title: Session.error.title
                    cause: Session.error.cause
                    hint: Session.error.hint
                    onDismissed: Session.error.clear()
                }

                StackLayout {
                    objectName: "panels"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: Session.currentPanel

                    MarketplacePanel {
                        objectName: "marketplacePanel"
                    }
                    WalletsPanel {
                        objectName: "walletsPanel"
                    }
                    SwapsPanel {
                        objectName: "swapsPanel"
                    }
                    OraclePanel {
                        objectName: "oraclePanel"
                    }
                    AuditPanel {
                        objectName: "auditPanel"
                    }
                    WorldsPanel {
                        objectName: "worldsPanel"
                    }
                    AdminPanel {
                        id: adminPanel
                        objectName: "adminPanel"
                    }
                    PlaceholderPanel {
                        glyph: "⟳"
                        title: qsTr("Sync")
                        summary: qsTr("Keeps this local working copy in step with the canisters on the Internet Computer.")
                        plans: [qsTr("The outbox of local changes and their replay as update calls."),
                                qsTr("Incremental pulls, verified against certified data."),
                                qsTr("Conflicts and how they were settled.")]
                    }
                }
            }
        }
    }

    Binding {
        target: rail
        property: "currentIndex"
        value: Session.currentPanel
    }

    Toast {
        id: toast
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingHuge
        z: 10
    }

    Connections {
        target: Session
        function onNotice(message: string) {
            toast.show(message)
        }
    }
}
