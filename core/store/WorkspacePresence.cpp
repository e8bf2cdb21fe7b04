#include "WorkspacePresence.h"

#include <QFile>

#include <fcntl.h>
#include <map>
#include <mutex>
#include <sys/stat.h>
#include <utility>

namespace storelens::core {

namespace {

// 4 GiB: far from the bytes SQLite locks (from 1 GiB on, 512 of them).
constexpr off_t PresenceByte = off_t(1) << 32;

struct Held
{
    int descriptor = -1;
    int sessions = 0; // of this process
};

std::mutex registryMutex;
// One descriptor per file (device, inode) for the process's life: closing one would drop every lock SQLite
// holds on the file for this process, which is what this class guards against.
std::map<std::pair<dev_t, ino_t>, Held> registry;

Held *heldFor(const QString &workspacePath)
{
    const QByteArray path = QFile::encodeName(workspacePath);
    struct stat info = {};
    if (::stat(path.constData(), &info) != 0)
        return nullptr;
    Held &held = registry[{info.st_dev, info.st_ino}];
    if (held.descriptor < 0)
        held.descriptor = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    return held.descriptor >= 0 ? &held : nullptr;
}

bool lockPresence(int descriptor, short type, int command)
{
    struct flock lock = {};
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    lock.l_start = PresenceByte;
    lock.l_len = 1;
    return ::fcntl(descriptor, command, &lock) == 0 && (command != F_OFD_GETLK || lock.l_type != F_UNLCK);
}

} // namespace

WorkspacePresence::WorkspacePresence(const QString &workspacePath)
{
    const std::lock_guard<std::mutex> guard(registryMutex);
    Held *held = heldFor(workspacePath);
    if (!held)
        return; // not yet created: its first connection creates it, and nothing else can have it open
    if (held->sessions++ == 0)
        lockPresence(held->descriptor, F_RDLCK, F_OFD_SETLK);
    m_descriptor = held->descriptor;
}

WorkspacePresence::~WorkspacePresence()
{
    if (m_descriptor < 0)
        return;
    const std::lock_guard<std::mutex> guard(registryMutex);
    for (auto &[file, held] : registry) {
        if (held.descriptor == m_descriptor && --held.sessions == 0)
            lockPresence(m_descriptor, F_UNLCK, F_OFD_SETLK); // the descriptor stays open (see registry)
    }
}

bool WorkspacePresence::heldElsewhere(const QString &workspacePath)
{
    const std::lock_guard<std::mutex> guard(registryMutex);
    const Held *held = heldFor(workspacePath);
    // A write lock asked for: the answer names a read lock of another open file description, if any.
    return held && lockPresence(held->descriptor, F_WRLCK, F_OFD_GETLK);
}

} // namespace storelens::core
