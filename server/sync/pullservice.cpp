#include "pullservice.h"

#include "authorization.h"
#include "serverstore.h"

namespace Server {

namespace Protocol = Sync::Protocol;

PullService::PullService(ServerStore &store)
    : m_store(store)
{}

Core::Result<Protocol::PullPage> PullService::page(const QString &memberId,
                                                   const Core::PullPosition &position, int pageSize,
                                                   ServerStore::Fields form)
{
    const Core::Result<Authorization::Visibility> visibility = m_store.visibilityOf(memberId);
    if (!visibility)
        return visibility.error();
    Core::Result<Protocol::PullPage> page = m_store.pull(*visibility, position, pageSize, form);
    if (!page || page->hasMore)
        return page;
    if (visibility->everything)
        page.value().scopes = QStringList{QString(Authorization::AllScopes)};
    else
        page.value().scopes = visibility->scopes;
    return page;
}

Core::Result<bool> PullService::moreThan(const QString &memberId,
                                         const Core::PullPosition &position, int count)
{
    const Core::Result<Protocol::PullPage> page =
        this->page(memberId, position, count, ServerStore::Fields::Omitted);
    if (!page)
        return page.error();
    return page->hasMore;
}

Core::Result<Protocol::DigestResponse> PullService::digest(const QString &memberId)
{
    const Core::Result<Authorization::Visibility> visibility = m_store.visibilityOf(memberId);
    if (!visibility)
        return visibility.error();
    return m_store.digest(*visibility);
}

Core::Result<Protocol::PullEstimate> PullService::estimate(const QString &memberId,
                                                           const Core::PullPosition &position)
{
    const Core::Result<Authorization::Visibility> visibility = m_store.visibilityOf(memberId);
    if (!visibility)
        return visibility.error();
    return m_store.estimate(*visibility, position);
}

} // namespace Server
