import QtQuick

// A bordered surface that groups related content.
Rectangle {
    color: Theme.surface
    radius: Theme.radiusLarge
    border.color: Theme.border
    border.width: 1
}
