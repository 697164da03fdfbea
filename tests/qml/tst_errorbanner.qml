import QtQuick
import QtTest
import Nexus

Item {
    width: 500
    height: 200

    ErrorBanner {
        id: banner
        width: 480
    }

    SignalSpy {
        id: dismissed
        target: banner
        signalName: "dismissed"
    }

    TestCase {
        name: "ErrorBanner"
        when: windowShown

        function textOf(name: string): string {
            const item = findChild(banner, name);
            verify(item, "child " + name);
            return item.text;
        }

        function test_hiddenWithoutTitle() {
            banner.title = "";
            verify(!banner.visible);
            compare(banner.implicitHeight, 0);
        }

        function test_showsTitleCauseAndHint() {
            banner.title = "Could not change the role of Bob";
            banner.cause = "Only super admins manage admins.";
            banner.hint = "Ask a super admin.";
            verify(banner.visible);
            verify(banner.implicitHeight > 0);
            compare(textOf("errorTitle"), "Could not change the role of Bob");
            compare(textOf("errorCause"), "Only super admins manage admins.");
            verify(textOf("errorHint").indexOf("Ask a super admin.") >= 0);
        }

        function test_hintIsOptional() {
            banner.title = "Could not save";
            banner.cause = "The value is larger than 16 KiB.";
            banner.hint = "";
            verify(!findChild(banner, "errorHint").visible);
        }

        function test_dismiss() {
            banner.title = "Something failed";
            dismissed.clear();
            const button = findChild(banner, "errorDismiss");
            verify(button);
            mouseClick(button);
            compare(dismissed.count, 1);
        }
    }
}
