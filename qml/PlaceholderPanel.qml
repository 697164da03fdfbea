import QtQuick
import QtQuick.Layouts

// An honest page for a panel whose feature has not landed yet: what it will do, no fake data.
Rectangle {
    id: panel

    property string glyph
    property string title
    property string summary
    property var plans: [] // strings: what the panel will offer

    color: Theme.background

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingHuge, 620)
        height: column.implicitHeight + 2 * Theme.spacingHuge

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spacingHuge
            spacing: Theme.spacingLarge

            RowLayout {
                spacing: Theme.spacingLarge
                Rectangle {
                    implicitWidth: 56
                    implicitHeight: 56
                    radius: Theme.radiusLarge
                    color: Theme.accentSoft
                    Text {
                        anchors.centerIn: parent
                        text: panel.glyph
                        color: Theme.accentOnSoft
                        font.pixelSize: 28
                    }
                }
                ColumnLayout {
                    spacing: Theme.spacingSmall
                    Text {
                        text: panel.title
                        color: Theme.text
                        font.pixelSize: Theme.fontHeading
                        font.weight: Font.DemiBold
                    }
                    Chip {
                        text: qsTr("Arrives in a later version")
                        tone: "info"
                    }
                }
            }

            Text {
                Layout.fillWidth: true
                text: panel.summary
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                lineHeight: 1.2
            }

            Text {
                text: qsTr("What this panel will do")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
            }

            Repeater {
                model: panel.plans
                delegate: RowLayout {
                    id: plan
                    required property string modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 6
                        implicitWidth: 6
                        implicitHeight: 6
                        radius: 3
                        color: Theme.accent
                    }
                    Text {
                        Layout.fillWidth: true
                        text: plan.modelData
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                }
            }

            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                text: qsTr("Until then this page shows no data: nothing here is simulated.")
                color: Theme.textFaint
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
