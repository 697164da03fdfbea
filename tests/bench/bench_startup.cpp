// nexus-studio --demo: time from launch to the first rendered frame, time until demo seeding is
// done, and resident memory. Run under a display (scripts/bench.sh uses xvfb-run).
// The app prints "nexus-startup: first-frame" and "nexus-startup: seeded" lines on stdout when
// NEXUS_STARTUP_TRACE=1.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <cstdio>

namespace {

double rssMb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

void figure(const char *name, double value, const char *unit, const char *target)
{
    std::printf("%-58s %14.1f %-10s  target %s\n", name, value, unit, target);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_startup PATH/nexus-studio [runs]\n");
        return 1;
    }
    const QString exe = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    std::printf("Nexus Studio start-up benchmark (%d runs of %s --demo)\n", runs, qPrintable(exe));
    double bestFrame = 1e9, worstFrame = 0, peakRss = 0, seededRss = 0, seededMs = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NEXUS_STARTUP_TRACE"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer t;
        t.start();
        p.start(exe, {QStringLiteral("--demo")});
        if (!p.waitForStarted(10000)) {
            std::fprintf(stderr, "cannot start %s: %s\n", qPrintable(exe), qPrintable(p.errorString()));
            return 1;
        }
        double frameMs = -1, doneMs = -1;
        QByteArray out;
        while (t.elapsed() < 120000 && doneMs < 0) {
            p.waitForReadyRead(20);
            out += p.readAllStandardOutput();
            peakRss = std::max(peakRss, rssMb(p.processId()));
            if (frameMs < 0 && out.contains("nexus-startup: first-frame"))
                frameMs = t.nsecsElapsed() / 1e6;
            if (out.contains("nexus-startup: seeded")) {
                doneMs = t.nsecsElapsed() / 1e6;
                QThread::msleep(300); // let the UI settle on the seeded data
                seededRss = std::max(seededRss, rssMb(p.processId()));
            }
            if (p.state() != QProcess::Running)
                break;
        }
        p.kill();
        p.waitForFinished(5000);
        if (frameMs < 0 || doneMs < 0) {
            std::fprintf(stderr, "run %d: no start-up trace (frame %.0f ms, seeded %.0f ms); stderr:\n%s\n", run, frameMs, doneMs,
                         p.readAllStandardError().constData());
            return 1;
        }
        bestFrame = std::min(bestFrame, frameMs);
        worstFrame = std::max(worstFrame, frameMs);
        seededMs = std::max(seededMs, doneMs);
    }
    figure("time to first frame, best run", bestFrame, "ms", "<= 1500");
    figure("time to first frame, worst run", worstFrame, "ms", "<= 1500");
    figure("time until demo seeding finished, worst run", seededMs, "ms", "(first frame comes before)");
    figure("resident memory after seeding", seededRss, "MB", "<= 300");
    figure("peak resident memory", peakRss, "MB", "<= 300");
    return 0;
}
