import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// The filter sidebar of the marketplace search: collection, asset, price range (in the chosen
// asset), status, sort, and for moderators the hidden listings.
Rectangle {
    id: filters

    required property MarketListingsModel model

    color: Theme.surface
    radius: Theme.radiusLarge
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        clip: true
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Text {
            text: qsTr("Filters")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
        }

        FieldLabel { text: qsTr("Collection") }
        NComboBox {
            objectName: "marketCollection"
            Layout.fillWidth: true
            Layout.preferredWidth: 100 // fill the sidebar, never widen it
            model: Market.collectionOptions
            currentIndex: Math.max(0, indexOfValue(filters.model.collection))
            onActivated: filters.model.collection = currentValue
        }

        FieldLabel { text: qsTr("Asset") }
        NComboBox {
            objectName: "marketAsset"
            Layout.fillWidth: true
            Layout.preferredWidth: 100 // fill the sidebar, never widen it
            model: Market.assetOptions
            currentIndex: Math.max(0, indexOfValue(filters.model.asset))
            onActivated: filters.model.asset = currentValue
        }

        FieldLabel { text: qsTr("Price") }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingTiny
            NTextField {
                objectName: "marketPriceMin"
                Layout.fillWidth: true
                Layout.preferredWidth: 60
                Layout.minimumWidth: 40
                mono: true
                placeholderText: qsTr("min")
                enabled: filters.model.asset.length > 0
                text: filters.model.priceMin
                onTextEdited: filters.model.priceMin = text
            }
            Text {
                text: "–"
                color: Theme.textMuted
            }
            NTextField {
                objectName: "marketPriceMax"
                Layout.fillWidth: true
                Layout.preferredWidth: 60
                Layout.minimumWidth: 40
                mono: true
                placeholderText: qsTr("max")
                enabled: filters.model.asset.length > 0
                text: filters.model.priceMax
                onTextEdited: filters.model.priceMax = text
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.fontSmall * 4.2
            text: filters.model.filterError.length > 0 ? filters.model.filterError
                  : filters.model.asset.length === 0 ? qsTr("Pick an asset to filter by price.") : qsTr("In %1.").arg(filters.model.asset)
            color: filters.model.filterError.length > 0 ? Theme.danger : Theme.textFaint
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }

        FieldLabel { text: qsTr("Status") }
        NComboBox {
            objectName: "marketStatus"
            Layout.fillWidth: true
            Layout.preferredWidth: 100 // fill the sidebar, never widen it
            model: Market.statusOptions
            currentIndex: Math.max(0, indexOfValue(filters.model.status))
            onActivated: filters.model.status = currentValue
        }

        FieldLabel { text: qsTr("Sort by") }
        NComboBox {
            objectName: "marketSort"
            Layout.fillWidth: true
            Layout.preferredWidth: 100 // fill the sidebar, never widen it
            model: Market.sortOptions
            currentIndex: Math.max(0, indexOfValue(filters.model.sort))
            onActivated: filters.model.sort = currentValue
        }

        CheckBox {
            objectName: "marketIncludeHidden"
            visible: Session.hasCaller && Session.holds("moderate_listings")
            text: qsTr("Show hidden")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Moderation: include listings hidden by moderators")
            checked: filters.model.includeHidden
            onToggled: filters.model.includeHidden = checked
        }

        Item { Layout.fillHeight: true }

        NButton {
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            text: qsTr("Clear filters")
            onClicked: filters.model.clearFilters()
        }
    }
}
