#include "page.h"

namespace Ui {

using namespace Qt::StringLiterals;

QString pageName(Page page)
{
    switch (page) {
    case Page::Home:
        return u"home"_s;
    case Page::Courses:
        return u"courses"_s;
    case Page::Seminars:
        return u"seminars"_s;
    case Page::Plans:
        return u"plans"_s;
    case Page::Reviews:
        return u"reviews"_s;
    case Page::Results:
        return u"results"_s;
    case Page::Sync:
        return u"sync"_s;
    case Page::Members:
        return u"members"_s;
    }
    return {};
}

std::optional<Page> pageFromName(QStringView name)
{
    for (int i = 0; i < PageCount; ++i) {
        if (name.compare(pageName(Page(i)), Qt::CaseInsensitive) == 0)
            return Page(i);
    }
    return std::nullopt;
}

} // namespace Ui
