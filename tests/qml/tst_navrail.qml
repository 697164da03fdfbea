import QtQuick
import QtTest
import Nexus

Item {
    id: root
    width: 200
    height: 700

    NavRail {
        id: rail
        height: parent.height
    }

    SignalSpy {
        id: activated
        target: rail
        signalName: "activated"
    }

    TestCase {
        name: "NavRail"
        when: windowShown

        function init() {
            rail.currentIndex = 0
            activated.clear()
            rail.forceActiveFocus()
        }

        function test_eightPanels() {
            compare(rail.count, 8)
        }

        function test_arrowKeysMove() {
            keyClick(Qt.Key_Down)
            compare(rail.currentIndex, 1)
            compare(activated.count, 1)
            compare(activated.signalArguments[0][0], 1)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Up)
            compare(rail.currentIndex, 1)
        }

        function test_wrapsAround() {
            keyClick(Qt.Key_Up)
            compare(rail.currentIndex, 7)
            keyClick(Qt.Key_Down)
            compare(rail.currentIndex, 0)
        }

        function test_homeAndEnd() {
            keyClick(Qt.Key_End)
            compare(rail.currentIndex, 7)
            keyClick(Qt.Key_Home)
            compare(rail.currentIndex, 0)
        }

        function test_shortcuts() {
            keyClick(Qt.Key_5, Qt.ControlModifier)
            compare(rail.currentIndex, 4)
            keyClick(Qt.Key_7, Qt.ControlModifier)
            compare(rail.currentIndex, 6)
        }

        function test_clickSelects() {
            mouseClick(rail, rail.width / 2, 10 + 62 * 2 + 30)
            compare(rail.currentIndex, 2)
            compare(activated.count, 1)
        }

        function test_externalIndexIsShown() {
            rail.currentIndex = 3
            keyClick(Qt.Key_Down)
            compare(rail.currentIndex, 4)
        }
    }
}
