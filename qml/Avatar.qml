import QtQuick

// A round badge with the first letter of a name, its colour derived from the name.
Rectangle {
    id: avatar

    property string name
    readonly property var hues: [0.62, 0.55, 0.75, 0.08, 0.35, 0.92, 0.13, 0.47]

    function hueFor(text: string): real {
        let sum = 0
        for (let i = 0; i < text.length; ++i)
            sum += text.charCodeAt(i)
        return hues[sum % hues.length]
    }

    implicitWidth: 30
    implicitHeight: 30
    radius: width / 2
    color: Qt.hsla(hueFor(name), 0.55, Theme.dark ? 0.42 : 0.5, 1)

    Text {
        anchors.centerIn: parent
        text: avatar.name.length > 0 ? avatar.name.charAt(0).toUpperCase() : "?"
        color: "#ffffff"
        font.pixelSize: Math.round(avatar.height * 0.45)
        font.weight: Font.DemiBold
    }
}
