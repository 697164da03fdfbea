import QtQuick
import QtQuick.Layouts
import Nexus

// One audit entry in the log table; a grey placeholder until its block has loaded.
Rectangle {
    id: row

    required property int index
    required property bool loaded
    required property double seq
    required property string time
    required property string callerLabel
    required property string callerRole
    required property string method
    required property string summary
    required property string outcome
    required property bool ok
    readonly property var widths: Theme.auditColumns
    readonly property bool selected: loaded && seq === Audit.detailSeq

    signal clicked(int row)

    implicitHeight: Theme.auditRowHeight
    color: selected ? Theme.selection : mouse.containsMouse ? Theme.surfaceHover : index % 2 === 0 ? "transparent" : Theme.surfaceAlt

    Rectangle {
        visible: row.selected
        width: 3
        height: parent.height
        color: Theme.accent
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        visible: row.loaded

        Text {
            Layout.preferredWidth: row.widths.seq
            Layout.minimumWidth: row.widths.seq
            Layout.maximumWidth: row.widths.seq
            text: row.seq
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
            horizontalAlignment: Text.AlignRight
        }
        Text {
            Layout.preferredWidth: row.widths.time
            Layout.minimumWidth: row.widths.time
            Layout.maximumWidth: row.widths.time
            text: row.time
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
        }
        ColumnLayout {
            Layout.preferredWidth: row.widths.caller
            Layout.minimumWidth: row.widths.caller
            Layout.maximumWidth: row.widths.caller
            spacing: 1
            Text {
                Layout.fillWidth: true
                text: row.callerLabel
                color: Theme.text
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: Session.roleLabel(row.callerRole)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // take what is left, whatever the text's length
            spacing: 1
            Text {
                Layout.fillWidth: true
                text: row.method
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                font.family: Theme.monoFamily
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: row.summary
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        Item {
            Layout.preferredWidth: row.widths.outcome
            Layout.minimumWidth: row.widths.outcome
            Layout.maximumWidth: row.widths.outcome
            implicitHeight: outcomeChip.implicitHeight
            Chip {
                id: outcomeChip
                anchors.verticalCenter: parent.verticalCenter
                text: Session.outcomeLabel(row.outcome)
                tone: row.ok ? "success" : row.outcome === "permission_denied" ? "warning" : "danger"
            }
        }
    }

    // Placeholder while the block loads
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        visible: !row.loaded
        Repeater {
            model: [0.5, 0.9, 0.7, 1.0, 0.6]
            delegate: Rectangle {
                required property real modelData
                required property int index
                Layout.preferredWidth: index === 3 ? -1 : 90 * modelData
                Layout.fillWidth: index === 3
                implicitHeight: 8
                radius: 4
                color: Theme.neutralSoft
            }
        }
    }

    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        onClicked: row.clicked(row.index)
    }
}
