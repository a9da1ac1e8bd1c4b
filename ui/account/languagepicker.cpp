#include "languagepicker.h"

#include "recordtext.h"

namespace Ui {

using namespace Qt::StringLiterals;

namespace {

// The app's languages, then languages health managers of the community's
// countries often work in.
const QStringList &offeredLanguages()
{
    static const QStringList codes{
        u"en"_s, u"fr"_s, u"es"_s, u"pt"_s, u"ar"_s, u"ru"_s, u"sw"_s, u"am"_s, u"ha"_s, u"yo"_s,
        u"ig"_s, u"zu"_s, u"so"_s, u"rw"_s, u"mg"_s, u"hi"_s, u"bn"_s, u"ur"_s, u"ne"_s, u"fa"_s,
        u"ps"_s, u"id"_s, u"tl"_s, u"vi"_s, u"km"_s, u"my"_s, u"zh"_s, u"uk"_s, u"tr"_s, u"ht"_s};
    return codes;
}

constexpr int CodeRole = Qt::UserRole;

} // namespace

LanguagePicker::LanguagePicker(QWidget *parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    for (const QString &code : offeredLanguages()) {
        auto *item = new QListWidgetItem(RecordText::languageName(code), this);
        item->setData(CodeRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    setCurrentRow(0);
    connect(this, &QListWidget::itemChanged, this, [this]() {
        if (!m_setting)
            Q_EMIT languagesChanged();
    });
}

QStringList LanguagePicker::languages() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            out << item(i)->data(CodeRole).toString();
    }
    return out + m_unlisted;
}

void LanguagePicker::setLanguages(const QStringList &codes)
{
    m_setting = true;
    m_unlisted = codes;
    for (int i = 0; i < count(); ++i) {
        const QString code = item(i)->data(CodeRole).toString();
        item(i)->setCheckState(codes.contains(code) ? Qt::Checked : Qt::Unchecked);
        m_unlisted.removeAll(code);
    }
    m_setting = false;
}

} // namespace Ui
