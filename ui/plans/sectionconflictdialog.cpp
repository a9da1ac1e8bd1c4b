#include "sectionconflictdialog.h"

#include "errortext.h"
#include "memberdirectory.h"
#include "plandocument.h"
#include "recordtext.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <vector>

namespace Ui {

using Editing::PlanDocument;

using namespace Qt::StringLiterals;

namespace {

// Words and the spaces between them, so the text comes back whole.
QStringList tokens(const QString &text)
{
    QStringList out;
    static const QRegularExpression re(u"\\s+|[^\\s]+"_s);
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return out;
}

QString html(const QStringList &words, const std::vector<bool> &common)
{
    QString out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString w = words[i].toHtmlEscaped().replace(u'\n', u"<br>"_s);
        if (!common[size_t(i)] && !words[i].trimmed().isEmpty())
            w = u"<span style=\"background-color:#fde68a\">%1</span>"_s.arg(w);
        out += w;
    }
    return out;
}

} // namespace

std::pair<QString, QString> SectionConflictDialog::markDifferences(const QString &a,
                                                                   const QString &b)
{
    const QStringList x = tokens(a);
    const QStringList y = tokens(b);
    std::vector<bool> inX(size_t(x.size()), false);
    std::vector<bool> inY(size_t(y.size()), false);
    const size_t n = size_t(x.size());
    const size_t m = size_t(y.size());
    if (n * m <= 4'000'000) {
        // Longest common subsequence of the words: what both texts share.
        std::vector<std::vector<int>> len(n + 1, std::vector<int>(m + 1, 0));
        for (size_t i = n; i-- > 0;)
            for (size_t j = m; j-- > 0;)
                len[i][j] = x[qsizetype(i)] == y[qsizetype(j)]
                                ? len[i + 1][j + 1] + 1
                                : std::max(len[i + 1][j], len[i][j + 1]);
        for (size_t i = 0, j = 0; i < n && j < m;) {
            if (x[qsizetype(i)] == y[qsizetype(j)]) {
                inX[i++] = true;
                inY[j++] = true;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                ++i;
            } else {
                ++j;
            }
        }
    } else {
        // Very long texts: what they share at the start and the end.
        size_t p = 0;
        while (p < n && p < m && x[qsizetype(p)] == y[qsizetype(p)])
            inX[p] = inY[p] = true, ++p;
        for (size_t s = 0;
             s < n - p && s < m - p && x[qsizetype(n - 1 - s)] == y[qsizetype(m - 1 - s)]; ++s)
            inX[n - 1 - s] = inY[m - 1 - s] = true;
    }
    return {html(x, inX), html(y, inY)};
}

SectionConflictDialog::SectionConflictDialog(PlanDocument *document, const QString &field,
                                             const QString &heading,
                                             const Editing::MemberDirectory *members,
                                             QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_field(field)
    , m_error(new QLabel)
    , m_merged(new QPlainTextEdit)
{
    setObjectName(u"sectionConflictDialog"_s);
    setWindowTitle(tr("Two versions of “%1”").arg(heading));
    const Core::Record conflict = document->sectionConflicts().value(field);
    const QString kept = conflict.fields.value("kept"_L1).toObject().value(field).toString();
    const QString lost = conflict.fields.value("lost"_L1).toObject().value(field).toString();
    const auto [keptHtml, lostHtml] = markDifferences(kept, lost);

    auto *intro = new QLabel(tr("Two people changed this section apart. Compare the versions "
                                "(the words that differ are marked), then keep one or write "
                                "the text the team agrees on."));
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    auto side = [&](int column, const QString &title, const QString &body, const QString &name) {
        auto *label = new QLabel(title);
        label->setWordWrap(true);
        auto *view = new QTextBrowser;
        view->setObjectName(name);
        view->setHtml(body);
        view->setAccessibleName(title);
        label->setBuddy(view);
        grid->addWidget(label, 0, column);
        grid->addWidget(view, 1, column);
    };
    side(0,
         tr("&Kept on the server — %1, %2")
             .arg(members->displayName(conflict.text(u"kept_by")),
                  RecordText::dateTime(conflict.text(u"kept_at"))),
         keptHtml, u"keptVersion"_s);
    side(1,
         tr("&Not kept — %1, %2")
             .arg(members->displayName(conflict.text(u"lost_by")),
                  RecordText::dateTime(conflict.text(u"lost_at"))),
         lostHtml, u"otherVersion"_s);
    auto *mergedLabel = new QLabel(tr("&Merged text:"));
    mergedLabel->setBuddy(m_merged);
    m_merged->setObjectName(u"mergedVersion"_s);
    m_merged->setTabChangesFocus(true);
    m_merged->setPlainText(kept);
    m_merged->setAccessibleName(tr("Merged text"));
    m_error->setObjectName(u"conflictError"_s);
    m_error->setWordWrap(true);
    styleAsError(m_error);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *keep =
        buttons->addButton(tr("Keep the server's version"), QDialogButtonBox::AcceptRole);
    QPushButton *other = buttons->addButton(
        tr("Use %1's version").arg(members->displayName(conflict.text(u"lost_by"))),
        QDialogButtonBox::AcceptRole);
    QPushButton *merged =
        buttons->addButton(tr("Save the merged text"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(u"keepServerVersionButton"_s);
    other->setObjectName(u"useOtherVersionButton"_s);
    merged->setObjectName(u"saveMergedButton"_s);
    for (QPushButton *b : {keep, other, merged})
        b->setAutoDefault(false);
    connect(keep, &QPushButton::clicked, this,
            [this]() { settle(int(PlanDocument::Settle::KeepServer)); });
    connect(other, &QPushButton::clicked, this,
            [this]() { settle(int(PlanDocument::Settle::TakeOther)); });
    connect(merged, &QPushButton::clicked, this,
            [this]() { settle(int(PlanDocument::Settle::Merged)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 2);
    layout->addWidget(mergedLabel);
    layout->addWidget(m_merged, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 560);
}

void SectionConflictDialog::settle(int how)
{
    if (!m_document) {
        reject();
        return;
    }
    const Core::Status s =
        m_document->settleConflict(m_field, PlanDocument::Settle(how), m_merged->toPlainText());
    if (!s) {
        m_error->setText(errorText(s.error()));
        m_error->show();
        return;
    }
    accept();
}

} // namespace Ui
