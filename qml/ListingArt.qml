import QtQuick
import Nexus

// A token's stand-in artwork: a gradient and the title's initials in a colour of its own (the
// hue comes from the collection and token id, so a token always looks the same).
Rectangle {
    id: art

    property int hue: 200
    property string title
    property int tokenId: 0

    radius: Theme.radius
    gradient: Gradient {
        GradientStop { position: 0.0; color: Qt.hsla(art.hue / 360, 0.55, Theme.dark ? 0.32 : 0.62, 1) }
        GradientStop { position: 1.0; color: Qt.hsla(((art.hue + 40) % 360) / 360, 0.6, Theme.dark ? 0.18 : 0.42, 1) }
    }

    Text {
        anchors.centerIn: parent
        text: {
            const words = art.title.split(" ")
            return (words.length > 1 ? words[0].charAt(0) + words[1].charAt(0) : art.title.substring(0, 2)).toUpperCase()
        }
        color: "#ffffff"
        opacity: 0.9
        font.pixelSize: Math.max(12, Math.min(art.width, art.height) * 0.32)
        font.weight: Font.DemiBold
    }
    Text {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingTiny
        text: "#" + art.tokenId
        color: "#ffffff"
        opacity: 0.75
        font.pixelSize: Theme.fontSmall
        font.family: Theme.monoFamily
        visible: art.height > 48
    }
}
