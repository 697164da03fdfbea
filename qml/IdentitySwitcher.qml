import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// The identity the app acts as, with its role; opens a list of the profile's identities.
AbstractButton {
    id: switcher

    implicitHeight: 40
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    enabled: Session.identities.length > 0
    Accessible.name: qsTr("Acting as %1. Switch identity").arg(Session.activeName)
    function choose(index: int) {
        const identity = Session.identities[index]
        if (!identity)
            return
        popup.close()
        Session.switchIdentity(identity.name)
    }

    onClicked: popup.open()
    Keys.onReturnPressed: popup.open()
    Keys.onSpacePressed: popup.open()

    background: Rectangle {
        radius: Theme.radius
        color: switcher.down || popup.visible ? Theme.surfaceHover : switcher.hovered ? Theme.surfaceAlt : "transparent"
        border.width: switcher.visualFocus ? 2 : 1
        border.color: switcher.visualFocus ? Theme.accent : Theme.border
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Avatar {
            name: Session.activeDisplayName.length > 0 ? Session.activeDisplayName : Session.activeName
            implicitWidth: 28
            implicitHeight: 28
        }
        ColumnLayout {
            spacing: 0
            Text {
                text: Session.hasCaller ? (Session.activeDisplayName.length > 0 ? Session.activeDisplayName : Session.activeName) : qsTr("No identity yet")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
            }
            Text {
                visible: Session.hasCaller
                text: qsTr("as %1 · %2").arg(Session.activeName).arg(Session.shortPrincipal(Session.activePrincipal))
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
        Chip {
            visible: Session.hasCaller
            text: Session.roleLabel(Session.activeRole)
            tone: Theme.roleTone(Session.activeRole)
        }
        Text {
            text: "▾"
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
    }

    Popup {
        id: popup
        objectName: "identityPopup"
        y: switcher.height + 4
        x: switcher.width - width
        width: 340
        padding: Theme.spacingSmall
        focus: true
        onOpened: list.forceActiveFocus()

        background: Rectangle {
            radius: Theme.radiusLarge
            color: Theme.surface
            border.color: Theme.border
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingSmall
            Text {
                Layout.margins: Theme.spacingSmall
                text: qsTr("Act as")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                font.capitalization: Font.AllUppercase
            }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 420)
                clip: true
                model: Session.identities
                keyNavigationEnabled: true
                currentIndex: 0
                Keys.onReturnPressed: switcher.choose(list.currentIndex)
                Keys.onEnterPressed: switcher.choose(list.currentIndex)

                delegate: IdentityOption {
                    width: ListView.view.width
                    current: ListView.isCurrentItem
                }

                // Clicks are handled here rather than in the delegates (which know nothing of the popup).
                // (A Flickable's children live in its content item, so these are content coordinates.)
                MouseArea {
                    anchors.fill: parent
                    z: 1
                    cursorShape: Qt.PointingHandCursor
                    onClicked: (mouse) => switcher.choose(list.indexAt(mouse.x, mouse.y))
                }
            }
        }
    }
}
