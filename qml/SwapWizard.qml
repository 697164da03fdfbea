import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// New swap: the terms (participant, what you lock, what you want, the timelock), a review, then
// the result. This computer makes the 32-byte secret; only its SHA-256 (the hashlock) is sent.
// The secret is shown once, here, and forgotten when the dialog closes.
Dialog {
    id: wizard

    property int step: 0 // 0 terms, 1 review, 2 result
    property string giveAsset
    property string getAsset
    property int hours: 48
    readonly property var participantCheck: Swaps.checkParticipant(participantField.text)
    readonly property var giveCheck: Swaps.checkAmount(giveField.text, giveAsset)
    readonly property var getCheck: Swaps.checkAmount(getField.text, getAsset)
    readonly property bool canReview: participantCheck.ok && giveCheck.ok && getCheck.ok && giveAsset !== getAsset
    property bool resultOk: false
    property double createdId: 0
    property string secret // only between a successful create and closing the dialog
    property string resultMessage
    property string resultHint

    function openFresh() {
        step = 0
        secret = ""
        savedBox.checked = false
        participantField.text = ""
        giveField.text = ""
        getField.text = ""
        // Two different assets to start with: the first two the ledger lists.
        giveCombo.currentIndex = 0
        getCombo.currentIndex = Math.min(1, Swaps.assetOptions.length - 1)
        giveAsset = giveCombo.currentValue || ""
        getAsset = getCombo.currentValue || ""
        timelockCombo.currentIndex = Math.max(0, timelockCombo.indexOfValue(48))
        hours = timelockCombo.currentValue || 48
        open()
    }

    title: step === 0 ? qsTr("New swap") : step === 1 ? qsTr("Review the swap")
         : resultOk ? qsTr("Swap #%1 created").arg(createdId) : qsTr("The swap was not created")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 560
    padding: Theme.spacingLarge
    // While the secret shows, only “Done” (after confirming it was saved) closes the dialog.
    closePolicy: Swaps.busy || (step === 2 && resultOk) ? Popup.NoAutoClose : Popup.CloseOnEscape
    onClosed: secret = ""

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusLarge
        border.color: Theme.border
    }
    Overlay.modal: Rectangle {
        color: Theme.scrim
    }
    header: Text {
        text: wizard.title
        color: wizard.step === 2 && !wizard.resultOk ? Theme.danger : Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        leftPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
    }

    Connections {
        target: Swaps
        function onInitiateFinished(ok: bool, id: double, secret: string, message: string, hint: string) {
            if (!wizard.visible)
                return
            wizard.resultOk = ok
            wizard.createdId = id
            wizard.secret = secret
            wizard.resultMessage = message
            wizard.resultHint = hint
            wizard.step = 2
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: wizard.step

        // 0: the terms
        ColumnLayout {
            spacing: Theme.spacingSmall

            FieldLabel { text: qsTr("Participant") }
            RowLayout {
                Layout.fillWidth: true
                NTextField {
                    id: participantField
                    objectName: "wizardParticipant"
                    Layout.fillWidth: true
                    mono: true
                    placeholderText: qsTr("principal")
                    invalid: text.length > 0 && !wizard.participantCheck.ok
                }
                NComboBox {
                    objectName: "wizardPickParticipant"
                    Layout.preferredWidth: 170
                    model: Swaps.participantOptions
                    displayText: qsTr("Pick an identity")
                    onActivated: participantField.text = currentValue
                }
            }
            Text {
                objectName: "wizardParticipantMessage"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontSmall * 1.6
                text: wizard.participantCheck.message || ""
                color: wizard.participantCheck.ok ? Theme.success : Theme.danger
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }

            FieldLabel { text: qsTr("You lock") }
            RowLayout {
                Layout.fillWidth: true
                NComboBox {
                    id: giveCombo
                    objectName: "wizardGiveAsset"
                    Layout.preferredWidth: 120
                    model: Swaps.assetOptions
                    onActivated: wizard.giveAsset = currentValue
                }
                NTextField {
                    id: giveField
                    objectName: "wizardGiveAmount"
                    Layout.fillWidth: true
                    mono: true
                    placeholderText: "0.0"
                    invalid: text.length > 0 && !wizard.giveCheck.ok
                }
            }
            Text {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontSmall * 1.6
                text: wizard.giveCheck.message || ""
                color: giveField.text.length > 0 && !wizard.giveCheck.ok ? Theme.danger : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }

            FieldLabel { text: qsTr("You want in return") }
            RowLayout {
                Layout.fillWidth: true
                NComboBox {
                    id: getCombo
                    objectName: "wizardGetAsset"
                    Layout.preferredWidth: 120
                    model: Swaps.assetOptions
                    onActivated: wizard.getAsset = currentValue
                }
                NTextField {
                    id: getField
                    objectName: "wizardGetAmount"
                    Layout.fillWidth: true
                    mono: true
                    placeholderText: "0.0"
                    invalid: text.length > 0 && !wizard.getCheck.ok
                }
            }
            Text {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontSmall * 1.6
                text: wizard.giveAsset === wizard.getAsset ? qsTr("Choose two different assets.") : (wizard.getCheck.message || "")
                color: wizard.giveAsset === wizard.getAsset || (getField.text.length > 0 && !wizard.getCheck.ok) ? Theme.danger : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }

            FieldLabel { text: qsTr("Your timelock (T1): refundable after") }
            NComboBox {
                id: timelockCombo
                objectName: "wizardTimelock"
                Layout.fillWidth: true
                model: Swaps.timelockOptions
                onActivated: wizard.hours = currentValue
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Item { Layout.fillWidth: true }
                NButton {
                    text: qsTr("Cancel")
                    onClicked: wizard.close()
                }
                NButton {
                    objectName: "wizardReview"
                    text: qsTr("Review…")
                    variant: "primary"
                    enabled: wizard.canReview
                    onClicked: wizard.step = 1
                }
            }
        }

        // 1: review (fixed rows, bound only while shown; see SendDialog)
        ColumnLayout {
            spacing: Theme.spacingSmall
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("Participant")
                value: wizard.step !== 1 ? "" : (wizard.participantCheck.principal || "") + (wizard.participantCheck.name ? " (" + wizard.participantCheck.name + ")" : "")
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("You lock")
                value: wizard.step !== 1 ? "" : (wizard.giveCheck.text || "") + " " + wizard.giveAsset
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("You receive")
                value: wizard.step !== 1 ? "" : (wizard.getCheck.text || "") + " " + wizard.getAsset
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("Timelock T1")
                value: wizard.step !== 1 ? "" : qsTr("%n hour(s) from now", "", wizard.hours)
            }
            Text {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontSmall * 4.2
                Layout.topMargin: Theme.spacingSmall
                text: qsTr("This computer makes a random secret; only its SHA-256 (the hashlock) is sent. High-value swaps wait for admin approval before anything is locked.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Item { Layout.fillWidth: true }
                NButton {
                    text: qsTr("Back")
                    enabled: !Swaps.busy
                    onClicked: wizard.step = 0
                }
                NButton {
                    objectName: "wizardCreate"
                    text: Swaps.busy ? qsTr("Creating…") : qsTr("Create swap")
                    variant: "primary"
                    enabled: !Swaps.busy
                    onClicked: Swaps.initiate(participantField.text, wizard.giveAsset, giveField.text, wizard.getAsset, getField.text, wizard.hours)
                }
            }
        }

        // 2: the result; on success the secret, once
        ColumnLayout {
            spacing: Theme.spacing

            Rectangle {
                objectName: "secretWarning"
                Layout.fillWidth: true
                Layout.preferredHeight: 78
                visible: wizard.resultOk
                radius: Theme.radius
                color: Theme.warningSoft
                border.color: Theme.warning
                Text {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    text: qsTr("⚠ Save this secret now. You need it to redeem the swap. It is not stored anywhere and cannot be shown again; without it your funds only come back by refund after the timelock.")
                    color: Theme.warningOnSoft
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    elide: Text.ElideRight
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: wizard.resultOk
                TextField {
                    objectName: "secretText"
                    Layout.fillWidth: true
                    text: wizard.secret
                    readOnly: true
                    selectByMouse: true
                    color: Theme.text
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.fontSmall
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.surfaceAlt
                        border.color: Theme.borderStrong
                    }
                }
                NButton {
                    objectName: "secretCopy"
                    text: qsTr("Copy")
                    onClicked: {
                        Session.copyToClipboard(wizard.secret)
                        Session.notify(qsTr("Secret copied. Keep it somewhere safe."))
                    }
                }
            }
            CheckBox {
                id: savedBox
                objectName: "secretSaved"
                visible: wizard.resultOk
                text: qsTr("I have saved the secret")
                palette.windowText: Theme.text
            }
            Text {
                objectName: "wizardResult"
                Layout.fillWidth: true
                visible: !wizard.resultOk
                text: wizard.resultMessage
                color: Theme.danger
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: !wizard.resultOk
                text: wizard.resultHint
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                NButton {
                    visible: !wizard.resultOk
                    text: qsTr("Edit and retry")
                    onClicked: wizard.step = 0
                }
                NButton {
                    objectName: "wizardDone"
                    text: qsTr("Done")
                    variant: "primary"
                    enabled: !wizard.resultOk || savedBox.checked
                    onClicked: wizard.close()
                }
            }
        }
    }
}
