import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Product name, profile / DEMO badge, demo seeding progress, the acting identity and the theme.
Rectangle {
    id: bar

    implicitHeight: Theme.topBarHeight
    color: Theme.surface

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Text {
            text: qsTr("Nexus Studio")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.weight: Font.Bold
        }

        Chip {
            objectName: "demoBadge"
            visible: Session.demo
            text: qsTr("DEMO")
            tone: "warning"
            strong: true
            HoverHandler { id: demoHover }
            ToolTip.visible: demoHover.hovered
            ToolTip.text: qsTr("A temporary demo profile, deleted when you quit. The demo identities' passphrase is \"%1\".").arg(Session.demoPassphrase)
        }

        Text {
            Layout.maximumWidth: 320
            visible: !Session.demo
            text: Session.profileDir
            color: Theme.textFaint
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideMiddle
        }

        RowLayout {
            objectName: "seedingProgress"
            visible: Session.seeding.active
            spacing: Theme.spacingSmall
            Layout.leftMargin: Theme.spacing

            Text {
                text: qsTr("Seeding demo data: %1").arg(Session.seeding.stage)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            ProgressLine {
                value: Session.seeding.fraction
            }
            Text {
                text: Session.seeding.total > 0 ? qsTr("%1%").arg(Math.round(Session.seeding.fraction * 100)) : ""
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.family: Theme.monoFamily
            }
        }

        Chip {
            visible: Session.seeding.failure.length > 0
            text: qsTr("Demo seeding stopped")
            tone: "danger"
            HoverHandler { id: failHover }
            ToolTip.visible: failHover.hovered
            ToolTip.text: Session.seeding.failure
        }

        Item { Layout.fillWidth: true }

        IdentitySwitcher {
            objectName: "identitySwitcher"
        }

        ToolButton {
            id: themeButton
            objectName: "themeToggle"
            implicitWidth: 36
            implicitHeight: 36
            text: Session.dark ? "☀" : "☾"
            font.pixelSize: Theme.fontLarge
            onClicked: Session.dark = !Session.dark
            Accessible.name: Session.dark ? qsTr("Use the light theme") : qsTr("Use the dark theme")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            contentItem: Text {
                text: themeButton.text
                font: themeButton.font
                color: Theme.textMuted
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: Theme.radius
                color: themeButton.hovered ? Theme.surfaceHover : "transparent"
                border.width: themeButton.visualFocus ? 2 : 0
                border.color: Theme.accent
            }
        }
    }
}
