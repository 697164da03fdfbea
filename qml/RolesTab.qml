import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Admin → Roles & permissions: the role × permission matrix and the explicit grants.
RowLayout {
    id: tab

    signal userOpened() // a grant was clicked: show that user

    spacing: Theme.spacingLarge

    Card {
        Layout.fillWidth: true
        Layout.fillHeight: true

        ScrollView {
            id: scroll
            anchors.fill: parent
            anchors.margins: Theme.spacingLarge
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroll.availableWidth
                spacing: Theme.spacing

                SectionHeader {
                    Layout.fillWidth: true
                    title: qsTr("Permissions by role")
                    subtitle: qsTr("What each role carries without explicit grants. Higher roles outrank lower ones.")
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    spacing: 0
                    FieldLabel {
                        Layout.fillWidth: true
                        text: qsTr("Permission")
                    }
                    Repeater {
                        model: Admin.matrix.roles
                        delegate: Item {
                            id: roleHeader
                            required property string modelData
                            Layout.preferredWidth: Theme.matrixColumnWidth
                            implicitHeight: headerChip.implicitHeight
                            Chip {
                                id: headerChip
                                anchors.horizontalCenter: parent.horizontalCenter
                                text: Session.roleLabel(roleHeader.modelData)
                                tone: Theme.roleTone(roleHeader.modelData)
                            }
                        }
                    }
                }

                Repeater {
                    model: Admin.matrix.rows
                    delegate: Rectangle {
                        id: permissionRow
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        implicitHeight: Math.max(46, permissionContent.implicitHeight + 2 * Theme.spacingSmall)
                        radius: Theme.radius
                        color: index % 2 === 0 ? Theme.surfaceAlt : "transparent"

                        RowLayout {
                            id: permissionContent
                            anchors.fill: parent
                            anchors.leftMargin: Theme.spacing
                            spacing: 0
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 1
                                Text {
                                    text: permissionRow.modelData.permission
                                    color: Theme.text
                                    font.pixelSize: Theme.fontBody
                                    font.family: Theme.monoFamily
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: permissionRow.modelData.description
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSmall
                                    wrapMode: Text.Wrap
                                }
                            }
                            Repeater {
                                model: permissionRow.modelData.cells
                                delegate: Item {
                                    id: cell
                                    required property var modelData
                                    Layout.preferredWidth: Theme.matrixColumnWidth
                                    Layout.fillHeight: true
                                    Accessible.name: modelData.has ? qsTr("%1: yes").arg(Session.roleLabel(modelData.role))
                                                                   : qsTr("%1: no").arg(Session.roleLabel(modelData.role))
                                    Rectangle {
                                        anchors.centerIn: parent
                                        width: 22
                                        height: 22
                                        radius: 11
                                        color: cell.modelData.has ? Theme.successSoft : "transparent"
                                        Text {
                                            anchors.centerIn: parent
                                            text: cell.modelData.has ? "✓" : "–"
                                            color: cell.modelData.has ? Theme.successOnSoft : Theme.textFaint
                                            font.pixelSize: Theme.fontBody
                                            font.weight: Font.Bold
                                        }
                                    }
                                }
                            }
                        }
                    }
                }

                SectionHeader {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingLarge
                    title: qsTr("Roles")
                }
                Repeater {
                    model: Admin.matrix.roles
                    delegate: RowLayout {
                        id: roleRow
                        required property string modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Item {
                            Layout.preferredWidth: 110
                            implicitHeight: roleChip.implicitHeight
                            Chip {
                                id: roleChip
                                text: Session.roleLabel(roleRow.modelData)
                                tone: Theme.roleTone(roleRow.modelData)
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: Admin.matrix.describeRole(roleRow.modelData)
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }

    Card {
        Layout.preferredWidth: 400
        Layout.fillHeight: true

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingLarge
            spacing: Theme.spacing

            SectionHeader {
                Layout.fillWidth: true
                title: qsTr("Explicit grants")
                subtitle: qsTr("Permissions given to users on top of their role")
            }

            ErrorBanner {
                Layout.fillWidth: true
                title: Admin.matrix.error.title
                cause: Admin.matrix.error.cause
                hint: Admin.matrix.error.hint
                onDismissed: Admin.matrix.error.clear()
            }

            ListView {
                id: grants
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Admin.matrix.grants
                spacing: 2
                ScrollBar.vertical: ScrollBar {}

                delegate: Rectangle {
                    id: grant
                    required property var modelData
                    width: ListView.view.width
                    implicitHeight: 46
                    radius: Theme.radius
                    color: grantMouse.hovered ? Theme.surfaceHover : "transparent"

                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacingSmall
                        anchors.rightMargin: Theme.spacingSmall
                        spacing: Theme.spacing
                        Avatar { name: grant.modelData.name }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 1
                            Text {
                                Layout.fillWidth: true
                                text: grant.modelData.name
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                            }
                            Text {
                                Layout.fillWidth: true
                                text: Session.roleLabel(grant.modelData.role) + " · " + grant.modelData.grantedBy
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                        }
                        ColumnLayout {
                            spacing: 1
                            Chip {
                                Layout.alignment: Qt.AlignRight
                                text: grant.modelData.permission
                                tone: "accent"
                                mono: true
                            }
                            Text {
                                Layout.alignment: Qt.AlignRight
                                text: grant.modelData.grantedOn
                                color: Theme.textFaint
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }
                    HoverHandler {
                        id: grantMouse
                        cursorShape: Qt.PointingHandCursor
                    }
                }

                // Clicks are handled here, where the tab is in scope (Flickable children are in content coordinates).
                MouseArea {
                    anchors.fill: parent
                    z: 1
                    onClicked: (mouse) => {
                        const grant = Admin.matrix.grants[grants.indexAt(mouse.x, mouse.y)]
                        if (!grant)
                            return
                        Admin.select(grant.principal)
                        tab.userOpened()
                    }
                }

                EmptyState {
                    parent: grants // not its content item, which is empty
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacingLarge
                    visible: grants.count === 0 && !Admin.matrix.loading && !Admin.matrix.error.active
                    glyph: "✓"
                    title: qsTr("No explicit grants")
                    detail: qsTr("Every permission comes from a role.")
                }
            }

            Text {
                Layout.fillWidth: true
                text: Admin.matrix.loading ? qsTr("Reading grants…") : qsTr("%n explicit grant(s).", "", grants.count)
                color: Theme.textFaint
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
