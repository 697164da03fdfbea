import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Published experiences: search them (title, description, tags), public ones or all of yours;
// the chosen one's thumbnail, description and tags, and its world's telemetry as events per type
// over the last 24 hours or 30 days. "Open in preview" shows its world in the Worlds panel.
Dialog {
    id: dialog

    // Selects the result `delta` rows below (above, when negative) the selected one.
    function step(delta: int) {
        const items = Experiences.items
        let at = -1
        for (let i = 0; i < items.length; ++i)
            if (items[i].id === Experiences.selected.id)
                at = i
        const next = Math.max(0, Math.min(items.length - 1, at + delta))
        if (next !== at && items.length > 0) {
            Experiences.select(items[next].id)
            list.positionViewAtIndex(next, ListView.Contain)
        }
    }

    function openBrowser() {
        Experiences.refresh()
        open()
        search.forceActiveFocus()
    }

    title: qsTr("Experiences")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(1040, (parent ? parent.width : 1040) - 40)
    height: Math.min(680, (parent ? parent.height : 680) - 40)
    padding: Theme.spacingLarge
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusLarge
        border.color: Theme.border
    }
    Overlay.modal: Rectangle {
        color: Theme.scrim
    }
    header: Text {
        text: dialog.title
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        leftPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ErrorBanner {
            Layout.fillWidth: true
            title: Experiences.error.title
            cause: Experiences.error.cause
            hint: Experiences.error.hint
            onDismissed: Experiences.error.clear()
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            NTextField {
                id: search
                objectName: "experienceSearch"
                Layout.fillWidth: true
                text: Experiences.query
                placeholderText: qsTr("Search titles, descriptions and tags, e.g. castle, winter, social")
                maximumLength: 200
                onTextEdited: Experiences.query = text
                Keys.onDownPressed: dialog.step(1)
                Keys.onUpPressed: dialog.step(-1)
                Accessible.name: qsTr("Search experiences")
            }
            NSwitch {
                objectName: "experienceMine"
                text: qsTr("Only mine")
                checked: Experiences.mine
                onToggled: Experiences.mine = checked
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingLarge

            ColumnLayout {
                Layout.preferredWidth: 330
                Layout.fillHeight: true
                spacing: Theme.spacingSmall

                Text {
                    text: Experiences.loading ? qsTr("Searching…")
                                              : Experiences.mine ? qsTr("%n of yours", "", Experiences.total)
                                                                 : qsTr("%n public experience(s)", "", Experiences.total)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                ListView {
                    id: list
                    objectName: "experienceList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 2
                    model: Experiences.items
                    delegate: ExperienceRow {
                        width: ListView.view.width
                        current: modelData.id === Experiences.selected.id
                        onChosen: Experiences.select(modelData.id)
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 20
                        visible: !Experiences.loading && Experiences.items.length === 0
                        title: Experiences.query.length > 0 ? qsTr("Nothing matches") : qsTr("No experiences yet")
                        detail: Experiences.query.length > 0 ? qsTr("Try another word, or clear the search.")
                                                             : qsTr("Publish a world from the Worlds panel to list it here.")
                    }
                }
            }

            Rectangle {
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                color: Theme.border
            }

            ExperienceDetail {
                Layout.fillWidth: true
                Layout.fillHeight: true
                onOpenRequested: {
                    Experiences.openWorld()
                    dialog.close()
                }
            }
        }
    }
}
