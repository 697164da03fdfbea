import QtQuick
import QtQuick.Layouts
import Nexus

// The experience chosen in the browser: thumbnail, title, who published it and when, the
// description and tags, and its world's telemetry (events per type over time).
ColumnLayout {
    id: detail

    signal openRequested()

    readonly property var experience: Experiences.selected
    readonly property bool chosen: experience.id !== undefined

    spacing: Theme.spacing

    EmptyState {
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: !detail.chosen
        title: qsTr("Choose an experience")
        detail: qsTr("Its description, thumbnail and telemetry appear here.")
    }

    RowLayout {
        Layout.fillWidth: true
        visible: detail.chosen
        spacing: Theme.spacingLarge

        Rectangle {
            Layout.preferredWidth: 256
            Layout.preferredHeight: 160
            radius: Theme.radius
            color: Theme.surfaceAlt
            border.color: Theme.border
            clip: true

            Image {
                objectName: "experienceThumbnail"
                anchors.fill: parent
                anchors.margins: 1
                source: detail.experience.thumbnail || ""
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
            }
            Text {
                anchors.centerIn: parent
                visible: !detail.experience.thumbnail
                text: qsTr("No thumbnail")
                color: Theme.textFaint
                font.pixelSize: Theme.fontSmall
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingSmall

            Text {
                objectName: "experienceTitle"
                Layout.fillWidth: true
                text: detail.experience.title || ""
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: detail.chosen ? qsTr("by %1 · %2 · world %3").arg(detail.experience.ownerName).arg(detail.experience.created).arg(detail.experience.worldId) : ""
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: detail.experience.description || qsTr("No description.")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                maximumLineCount: 4
                elide: Text.ElideRight
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Repeater {
                    model: detail.experience.tags || []
                    delegate: Chip {
                        required property string modelData
                        text: modelData
                        tone: "accent"
                    }
                }
            }
            NButton {
                objectName: "experienceOpen"
                text: qsTr("Open in preview")
                variant: "primary"
                onClicked: detail.openRequested()
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: detail.chosen
        spacing: Theme.spacingSmall

        Text {
            Layout.fillWidth: true
            text: qsTr("Telemetry")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        SegmentButton {
            objectName: "telemetryDay"
            text: qsTr("24 hours")
            selected: Experiences.range === "day"
            onClicked: Experiences.range = "day"
        }
        SegmentButton {
            objectName: "telemetryMonth"
            text: qsTr("30 days")
            selected: Experiences.range === "month"
            onClicked: Experiences.range = "month"
        }
    }

    ListView {
        objectName: "telemetryList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: detail.chosen
        clip: true
        spacing: Theme.spacingSmall
        model: Experiences.telemetry
        delegate: TelemetryRow {
            width: ListView.view.width
        }
        // The time axis: first, middle and last bucket. Three fixed labels, not a Repeater: a
        // Repeater's items replaced inside a layout while the list moves its footer crashed Qt 6.4
        // (the layout still held the deleted items).
        footer: RowLayout {
            width: ListView.view.width
            visible: Experiences.telemetry.length > 0
            spacing: 0
            Item {
                Layout.preferredWidth: 130 + Theme.spacing
                Layout.fillWidth: false
            }
            BucketLabel {
                text: Experiences.bucketLabels[0] ?? ""
                horizontalAlignment: Text.AlignLeft
            }
            BucketLabel {
                text: Experiences.bucketLabels[1] ?? ""
                horizontalAlignment: Text.AlignHCenter
            }
            BucketLabel {
                text: Experiences.bucketLabels[2] ?? ""
                horizontalAlignment: Text.AlignRight
            }
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width - 20
            visible: Experiences.telemetry.length === 0
            title: qsTr("No telemetry in this range")
            detail: qsTr("Clients report events with POST /api/v1/telemetry/ or telemetry.ingest, with this world's id.")
        }
    }

    component BucketLabel: Text {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        color: Theme.textFaint
        font.pixelSize: Theme.fontSmall
    }
}
