import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Converts an amount between assets at the oracle's current price, exactly (integer arithmetic,
// rounded down), and says which rate it used — or why the oracle refuses.
Card {
    id: card

    property string fromAsset: "ICP"
    property string toAsset: "USD"
    readonly property var result: Oracle.conversion
    readonly property string problem: amountField.text.length > 0 && Oracle.assets.length > 0
                                      ? Oracle.amountProblem(amountField.text, card.fromAsset) : ""

    function convert() {
        Oracle.convert(amountField.text, card.fromAsset, card.toAsset)
    }

    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Converter")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            NTextField {
                id: amountField
                objectName: "convertAmount"
                Layout.fillWidth: true
                Layout.minimumWidth: 80
                text: "1.5"
                mono: true
                invalid: card.problem.length > 0
                placeholderText: qsTr("Amount")
                Accessible.name: qsTr("Amount to convert")
                onAccepted: card.convert()
            }
            NComboBox {
                id: fromBox
                objectName: "convertFrom"
                Layout.preferredWidth: 96
                model: Oracle.assets
                currentIndex: Oracle.assets.length > 0 ? Math.max(0, indexOfValue(card.fromAsset)) : -1
                onActivated: card.fromAsset = currentValue
                Accessible.name: qsTr("From asset")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            NButton {
                text: "⇅"
                variant: "ghost"
                implicitWidth: Theme.controlHeight + 4
                leftPadding: 0
                rightPadding: 0
                onClicked: {
                    const from = card.fromAsset
                    card.fromAsset = card.toAsset
                    card.toAsset = from
                }
                Accessible.name: qsTr("Swap the assets")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Swap the assets")
            }
            Text {
                text: qsTr("to")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
            }
            NComboBox {
                id: toBox
                objectName: "convertTo"
                Layout.preferredWidth: 96
                model: Oracle.assets
                currentIndex: Oracle.assets.length > 0 ? Math.max(0, indexOfValue(card.toAsset)) : -1
                onActivated: card.toAsset = currentValue
                Accessible.name: qsTr("To asset")
            }
            Item { Layout.fillWidth: true }
            NButton {
                objectName: "convertButton"
                text: Oracle.converting ? qsTr("Converting…") : qsTr("Convert")
                variant: "primary"
                enabled: !Oracle.converting && card.problem.length === 0 && amountField.text.length > 0
                onClicked: card.convert()
            }
        }

        Text {
            Layout.fillWidth: true
            visible: card.problem.length > 0
            text: card.problem
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        ErrorBanner {
            objectName: "converterError"
            Layout.fillWidth: true
            title: Oracle.converterError.title
            cause: Oracle.converterError.cause
            hint: Oracle.converterError.hint
            onDismissed: Oracle.converterError.clear()
        }

        ColumnLayout {
            objectName: "conversionResult"
            Layout.fillWidth: true
            visible: card.result.output !== undefined
            spacing: 2

            Text {
                Layout.fillWidth: true
                text: qsTr("%1 is").arg(card.result.input ?? "")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            TextEdit {
                objectName: "conversionOutput"
                Layout.fillWidth: true
                text: card.result.output !== undefined ? card.result.output + " " + card.result.outputSymbol : ""
                readOnly: true
                selectByMouse: true
                color: Theme.text
                selectionColor: Theme.accent
                selectedTextColor: Theme.accentText
                font.pixelSize: text.length > 18 ? Theme.fontLarge : Theme.fontHeading
                font.family: Theme.monoFamily
                font.weight: Font.DemiBold
                wrapMode: TextEdit.WrapAnywhere
            }
            Text {
                Layout.fillWidth: true
                text: card.result.rate ?? ""
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                font.family: Theme.monoFamily
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Using %1, from %2 (%3 ago).").arg(card.result.source ?? "").arg(card.result.time ?? "").arg(card.result.age ?? "")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Repeater {
                model: (card.result.legs ?? []).length > 1 ? card.result.legs : []
                delegate: Text {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "· " + modelData
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
            Text {
                Layout.fillWidth: true
                text: card.result.rounding ?? ""
                color: Theme.textFaint
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
