#include "threadpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Core {

namespace {

constexpr int BackgroundNice = 5;

} // namespace

void runInBackground()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, id_t(gettid()), BackgroundNice);
#endif
}

} // namespace Core
