import QtQuick
import QtQuick.Layouts
import Nexus

// The line diff between two versions of the selected key (computed in C++).
ColumnLayout {
    id: diffView

    readonly property var history: Config.history
    readonly property var versions: history.map(h => ({ value: h.version, text: qsTr("version %1").arg(h.version) }))

    function indexOfVersion(v: int): int {
        for (let i = 0; i < versions.length; ++i)
            if (versions[i].value === v)
                return i
        return -1
    }

    spacing: Theme.spacingSmall
    visible: Config.history.length > 0

    FieldLabel {
        Layout.topMargin: Theme.spacingSmall
        text: qsTr("Compare versions")
    }

    RowLayout {
        spacing: Theme.spacing
        NComboBox {
            id: fromBox
            objectName: "diffFrom"
            Layout.preferredWidth: 140
            model: diffView.versions
            currentIndex: diffView.indexOfVersion(Config.diffFrom)
            onActivated: Config.setDiffVersions(currentValue, Config.diffTo)
        }
        Text {
            text: "→"
            color: Theme.textMuted
            font.pixelSize: Theme.fontLarge
        }
        NComboBox {
            id: toBox
            objectName: "diffTo"
            Layout.preferredWidth: 140
            model: diffView.versions
            currentIndex: diffView.indexOfVersion(Config.diffTo)
            onActivated: Config.setDiffVersions(Config.diffFrom, currentValue)
        }
        Chip {
            text: qsTr("+%1").arg(Config.diffAdded)
            tone: "success"
            mono: true
        }
        Chip {
            text: qsTr("−%1").arg(Config.diffRemoved)
            tone: "danger"
            mono: true
        }
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: lines.implicitHeight + 2 * Theme.spacingSmall
        radius: Theme.radius
        color: Theme.surfaceAlt
        border.color: Theme.border

        Column {
            id: lines
            anchors.fill: parent
            anchors.margins: Theme.spacingSmall

            Text {
                visible: Config.diffFrom === Config.diffTo
                text: qsTr("Pick two different versions to see what changed.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                padding: Theme.spacingSmall
            }

            Repeater {
                model: Config.diffFrom === Config.diffTo ? [] : Config.diff
                delegate: Rectangle {
                    id: line
                    required property var modelData
                    readonly property int kind: modelData.kind // 0 same, 1 added, 2 removed
                    width: parent ? parent.width : 0
                    implicitHeight: lineText.implicitHeight + 2
                    color: kind === 1 ? Theme.successSoft : kind === 2 ? Theme.dangerSoft : "transparent"

                    Row {
                        spacing: Theme.spacingSmall
                        Text {
                            width: 28
                            text: line.modelData.oldLine > 0 ? line.modelData.oldLine : ""
                            color: Theme.textFaint
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.monoFamily
                            horizontalAlignment: Text.AlignRight
                        }
                        Text {
                            width: 28
                            text: line.modelData.newLine > 0 ? line.modelData.newLine : ""
                            color: Theme.textFaint
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.monoFamily
                            horizontalAlignment: Text.AlignRight
                        }
                        Text {
                            width: 14
                            text: line.kind === 1 ? "+" : line.kind === 2 ? "−" : ""
                            color: line.kind === 1 ? Theme.successOnSoft : Theme.dangerOnSoft
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.monoFamily
                            font.weight: Font.Bold
                        }
                        Text {
                            id: lineText
                            width: line.width - 3 * Theme.spacingSmall - 70
                            text: line.modelData.text
                            color: line.kind === 1 ? Theme.successOnSoft : line.kind === 2 ? Theme.dangerOnSoft : Theme.text
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.monoFamily
                            wrapMode: Text.WrapAnywhere
                        }
                    }
                }
            }
        }
    }
}
