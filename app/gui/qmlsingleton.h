#pragma once
// The C++-owned singletons QML sees (QML_SINGLETON): main() builds each controller with its
// dependencies and registers it here before the engine loads; the engine's create() call then
// hands out that instance instead of constructing one. Use as a CRTP base:
//   class WalletController : public QObject, public QmlSingleton<WalletController> { … };

#include <QQmlEngine>

namespace nexus {

template<typename T>
class QmlSingleton
{
public:
    static void setInstance(T *instance) { s_instance = instance; }
    // The registered instance, or nullptr before main() (or a test) registered one.
    static T *instance() { return s_instance; }
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(s_instance, "QmlSingleton::create", "main() must register the instance before loading QML");
        QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline T *s_instance = nullptr;
};

} // namespace nexus
