import QtQuick
import QtQuick.Layouts
import Nexus

// One user in the Admin → Users list.
Rectangle {
    id: row

    required property int index
    required property string principal
    required property string name
    required property string email
    required property string userRole
    required property string kyc
    required property bool disabled
    readonly property bool selected: principal === Admin.selectedPrincipal

    signal clicked(int row)

    implicitHeight: 50
    radius: Theme.radius
    color: selected ? Theme.selection : mouse.containsMouse ? Theme.surfaceHover : "transparent"
    border.width: selected && ListView.view && ListView.view.activeFocus ? 1 : 0
    border.color: Theme.accent

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Avatar {
            name: row.name
            opacity: row.disabled ? 0.5 : 1
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            Text {
                Layout.fillWidth: true
                text: row.name
                color: row.disabled ? Theme.textFaint : Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: row.email.length > 0 ? row.email + "  ·  " + Session.shortPrincipal(row.principal)
                                           : Session.shortPrincipal(row.principal)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        Item {
            Layout.preferredWidth: 104
            implicitHeight: roleChip.implicitHeight
            Chip {
                id: roleChip
                text: Session.roleLabel(row.userRole)
                tone: Theme.roleTone(row.userRole)
            }
        }
        Item {
            Layout.preferredWidth: 96
            implicitHeight: kycChip.implicitHeight
            Chip {
                id: kycChip
                text: Session.kycLabel(row.kyc)
                tone: Theme.kycTone(row.kyc)
            }
        }
        Text {
            Layout.preferredWidth: 70
            text: row.disabled ? qsTr("Disabled") : qsTr("Active")
            color: row.disabled ? Theme.danger : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.weight: row.disabled ? Font.DemiBold : Font.Normal
        }
    }

    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        onClicked: row.clicked(row.index)
    }
}
