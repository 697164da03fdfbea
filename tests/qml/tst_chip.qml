import QtQuick
import QtTest
import Nexus

TestCase {
    name: "Chip"
    width: 300
    height: 100

    Chip {
        id: chip
        text: "Controller"
        tone: "danger"
    }

    function test_sizeFollowsText() {
        const narrow = chip.implicitWidth
        chip.text = "A much longer label"
        verify(chip.implicitWidth > narrow)
        verify(chip.implicitHeight > 0)
    }

    function test_tones() {
        chip.tone = "success"
        compare(chip.color, Theme.toneSoft("success"))
        chip.strong = true
        compare(chip.color, Theme.toneColor("success"))
        chip.strong = false
        chip.tone = "unknown"
        compare(chip.color, Theme.toneSoft("neutral"))
    }

    function test_darkThemeChangesColours() {
        chip.tone = "accent"
        const light = chip.color.toString()
        Theme.dark = true
        verify(chip.color.toString() !== light)
        Theme.dark = false
        compare(chip.color.toString(), light)
    }
}
