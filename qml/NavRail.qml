import QtQuick

// The navigation rail: one entry per panel. Up/Down (and Home/End) move when it has focus;
// Ctrl+1 … Ctrl+8 jump from anywhere in the window.
FocusScope {
    id: rail

    property int currentIndex: 0
    readonly property var entries: [
        { glyph: "◈", label: qsTr("Marketplace") },
        { glyph: "▣", label: qsTr("Wallets") },
        { glyph: "⇄", label: qsTr("Swaps") },
        { glyph: "∿", label: qsTr("Oracle") },
        { glyph: "☰", label: qsTr("Audit") },
        { glyph: "◎", label: qsTr("Worlds") },
        { glyph: "⚙", label: qsTr("Admin") },
        { glyph: "⟳", label: qsTr("Sync") }
    ]
    readonly property int count: entries.length

    signal activated(int index)

    function select(index: int) {
        if (index < 0 || index >= count)
            return
        currentIndex = index
        activated(index)
    }

    implicitWidth: Theme.railWidth
    activeFocusOnTab: true
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Panels")

    Keys.onUpPressed: select((currentIndex + count - 1) % count)
    Keys.onDownPressed: select((currentIndex + 1) % count)
    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Home) {
            select(0)
            event.accepted = true
        } else if (event.key === Qt.Key_End) {
            select(count - 1)
            event.accepted = true
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.rail
    }

    ListView {
        id: list
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        spacing: 2
        interactive: false
        focus: true
        keyNavigationEnabled: false // Up/Down are handled by the rail so that they wrap and activate
        model: rail.entries
        highlightFollowsCurrentItem: false

        delegate: NavRailButton {
            required property var modelData
            required property int index
            width: ListView.view.width
            glyph: modelData.glyph
            label: modelData.label
            shortcutNumber: index + 1
            selected: ListView.isCurrentItem
            focused: ListView.view.activeFocus
            onClicked: {
                ListView.view.forceActiveFocus()
                ListView.view.currentIndex = index
            }
        }

        // Clicks change the list's current index; report them as activations.
        onCurrentIndexChanged: if (currentIndex !== rail.currentIndex) rail.select(currentIndex)
    }

    // A Binding (not a plain binding) survives the clicks that assign the list's index.
    Binding {
        target: list
        property: "currentIndex"
        value: rail.currentIndex
    }

    Shortcut { sequence: "Ctrl+1"; onActivated: rail.select(0) }
    Shortcut { sequence: "Ctrl+2"; onActivated: rail.select(1) }
    Shortcut { sequence: "Ctrl+3"; onActivated: rail.select(2) }
    Shortcut { sequence: "Ctrl+4"; onActivated: rail.select(3) }
    Shortcut { sequence: "Ctrl+5"; onActivated: rail.select(4) }
    Shortcut { sequence: "Ctrl+6"; onActivated: rail.select(5) }
    Shortcut { sequence: "Ctrl+7"; onActivated: rail.select(6) }
    Shortcut { sequence: "Ctrl+8"; onActivated: rail.select(7) }
}
